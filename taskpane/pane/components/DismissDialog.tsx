/** 出错说明: a warning is set aside only with a written reason, stored in the workbook. */
import * as React from 'react';
import { useEffect, useState } from 'react';
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { Finding } from '../../../src/core/findings';
import { useT } from '../i18n';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  message: { color: tokens.colorNeutralForeground2, wordBreak: 'break-word' },
});

export function DismissDialog(props: {
  finding: Finding | null;
  onSave: (f: Finding, reason: string) => Promise<void>;
  onCancel: () => void;
}): React.ReactElement {
  const t = useT();
  const s = useStyles();
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);
  const f = props.finding;

  useEffect(() => {
    setReason('');
    setProblem(undefined);
    setSaving(false);
  }, [f]);

  const save = async () => {
    if (!f) return;
    if (!reason.trim()) {
      setProblem(t('reasonRequired'));
      return;
    }
    setSaving(true);
    try {
      await props.onSave(f, reason);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Dialog open={f !== null} onOpenChange={(_, d) => !d.open && props.onCancel()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>{t('dialogTitle')}</DialogTitle>
          <DialogContent className={s.content}>
            {f && <Caption1 className={s.message}>{f.message}</Caption1>}
            <Caption1>{t('dialogHint')}</Caption1>
            <Field label={t('reasonLabel')} required validationMessage={problem} validationState={problem ? 'error' : 'none'}>
              <Textarea
                value={reason}
                placeholder={t('reasonPlaceholder')}
                resize="vertical"
                rows={4}
                onChange={(_, d) => {
                  setReason(d.value);
                  if (d.value.trim()) setProblem(undefined);
                }}
              />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabled={!reason.trim() || saving} onClick={() => void save()}>
              {t('save')}
            </Button>
            <Button onClick={props.onCancel}>{t('cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
