import type { DomainModule } from '../platform/module.ts';
import { accountsModule } from './accounts/module.ts';
import { adminModule } from './admin/module.ts';
import { contactsModule } from './contacts/module.ts';
import { correspondentsModule } from './correspondents/module.ts';
import { countriesModule } from './countries/module.ts';
import { galleryModule } from './gallery/module.ts';
import { ideasModule } from './ideas/module.ts';
import { materialsModule } from './materials/module.ts';
import { notificationsModule } from './notifications/module.ts';
import { nssModule } from './nss/module.ts';
import { pagesModule } from './pages/module.ts';
import { partnersModule } from './partners/module.ts';
import { projectsModule } from './projects/module.ts';
import { pupilsModule } from './pupils/module.ts';
import { schoolsModule } from './schools/module.ts';
import { twinspaceModule } from './twinspace/module.ts';

/** Every domain of the platform; buildApp registers these (a test may add its own). */
export const domainModules: readonly DomainModule[] = [
  countriesModule,
  schoolsModule,
  accountsModule,
  nssModule,
  correspondentsModule,
  adminModule,
  partnersModule,
  contactsModule,
  ideasModule,
  projectsModule,
  notificationsModule,
  galleryModule,
  twinspaceModule,
  pupilsModule,
  pagesModule,
  materialsModule,
];
