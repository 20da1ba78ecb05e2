-- The teachers who look after a pupil hear when another of them issues the pupil a new card.
alter table notifications drop constraint notifications_kind_check;
alter table notifications add constraint notifications_kind_check
  check (kind in ('invitation', 'invitation_answered', 'country_decision', 'project_approved', 'member_joined', 'project_submitted', 'pupil_card_reissued'));

-- Where each account signed in from lately: failures of the account from elsewhere, and of other
-- accounts from there, do not slow its sign-in down at these addresses (accounts/sign-in-pace.ts).
create table sign_in_addresses (
  login text not null,
  ip text not null,
  last_signed_in_at timestamptz not null default now(),
  primary key (login, ip)
);
