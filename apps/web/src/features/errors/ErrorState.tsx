import { useLayoutEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { textRulesBrokenBy } from '../../api/field-errors.ts';
import { refusalOf, useRefusePage } from '../../app/PageRefusals.tsx';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';

/**
 * What a person sees when something failed: the translated reason and, when loading failed, a way
 * to try again (`onRetry`). A load the server refused as not found or forbidden is the whole page's
 * answer: the page gives way to the not-found or the forbidden page (PageRefusals).
 */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const refusePage = useRefusePage();
  const refusal = onRetry ? refusalOf(error) : undefined;
  useLayoutEffect(() => {
    if (refusal) refusePage(refusal);
  }, [refusal, refusePage]);
  const apiError = error instanceof ApiError ? error : new ApiError('internal_error', 0, String(error));
  const [rule] = textRulesBrokenBy(apiError).values();
  return (
    <Alert tone="error" title={t('errors.title')}>
      <p>{rule ? t(`fieldErrors.${rule}`) : t(`errors.${apiError.code}`, { ...apiError.params, requestId: apiError.requestId ?? '—' })}</p>
      {onRetry && (
        <div>
          <Button variant="secondary" onPress={onRetry}>
            {t('errors.retry')}
          </Button>
        </div>
      )}
    </Alert>
  );
}
