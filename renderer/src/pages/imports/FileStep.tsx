import { Button, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ACCEPTED_TYPES, MAX_FILE_MB, readChosenFile, type ChosenFile } from './chosen-file';

const useStyles = makeStyles({
  drop: {
    display: 'flex', flexDirection: 'column', alignItems: 'center', gap: '12px', padding: '36px 24px',
    border: `2px dashed ${tokens.colorNeutralStroke1}`, borderRadius: tokens.borderRadiusLarge,
    backgroundColor: tokens.colorNeutralBackground1, textAlign: 'center',
  },
  over: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  hint: { color: tokens.colorNeutralForeground3, maxWidth: '640px' },
});

interface Props {
  /** The file being read by the back end, while it works. */
  reading: string | null;
  onChosen: (file: ChosenFile) => void;
  onRefused: (message: string) => void;
  onCancel: () => void;
}

/** Step 1: a button (or a drop) hands over an .xlsx/.csv file; its bytes go to the back end. */
export function FileStep({ reading, onChosen, onRefused, onCancel }: Props) {
  const styles = useStyles();
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const take = async (file: File | undefined) => {
    if (!file) return;
    const chosen = await readChosenFile(file);
    if ('tooLargeMb' in chosen) onRefused(t('imports.tooLarge', { size: chosen.tooLargeMb, max: MAX_FILE_MB }));
    else onChosen(chosen);
  };
  const drop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    if (!reading) void take(e.dataTransfer.files[0]);
  };

  return (
    <section
      className={`${styles.drop} ${over ? styles.over : ''}`}
      onDragOver={(e) => { e.preventDefault(); setOver(true); }}
      onDragLeave={() => setOver(false)}
      onDrop={drop}
      aria-busy={!!reading}
    >
      {reading ? (
        <>
          <Spinner label={t('imports.reading', { name: reading })} />
          <Button onClick={onCancel}>{t('imports.cancel')}</Button>
        </>
      ) : (
        <>
          <Text size={400} weight="semibold">{t('imports.chooseTitle')}</Text>
          <Text className={styles.hint}>{t('imports.fileHint')}</Text>
          <Button appearance="primary" size="large" onClick={() => input.current?.click()} autoFocus>
            {t('imports.chooseFile')}
          </Button>
          <Text size={200} className={styles.hint}>{t('imports.dropHint', { max: MAX_FILE_MB })}</Text>
        </>
      )}
      <input
        ref={input}
        type="file"
        accept={ACCEPTED_TYPES}
        hidden
        aria-label={t('imports.fileInput')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = ''; // choosing the same file again after a cancel must fire again
          void take(file);
        }}
      />
    </section>
  );
}
