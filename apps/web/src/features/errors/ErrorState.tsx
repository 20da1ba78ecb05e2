import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { textRulesBrokenBy } from '../../api/field-errors.ts';
import { Alert } from '../../design/Alert.tsx';
import { Button } from '../../design/Button.tsx';

/** What a person sees when loading failed: the translated reason and a way to try again. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
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
