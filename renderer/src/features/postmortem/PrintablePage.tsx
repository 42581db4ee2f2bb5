import GlobalStyles from '@mui/material/GlobalStyles';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import type { PostmortemDraft } from '../../domain/postmortem';
import type { DocumentWords } from '../../domain/postmortem';
import { drillTitle } from '../../domain/export/drill';

const printClass = 'postmortem-print';

/**
 * The draft as a page to print: hidden on screen, and in print media the only thing on the page, so the
 * browser's print and the desktop's printToPDF both give the postmortem alone, section by section.
 */
export function PrintablePage({ draft, words }: { draft: PostmortemDraft; words: DocumentWords }) {
  const { t } = useTranslation();
  return createPortal(
    <div className={printClass}>
      <GlobalStyles
        styles={{
          [`.${printClass}`]: { display: 'none' },
          '@media print': {
            [`body > :not(.${printClass})`]: { display: 'none !important' },
            [`.${printClass}`]: {
              display: 'block',
              color: '#000',
              background: '#fff',
              font: '11pt/1.45 sans-serif',
            },
            [`.${printClass} pre`]: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', font: 'inherit' },
          },
        }}
      />
      <h1>{drillTitle(draft.title, words.drill)}</h1>
      {words.drill === undefined ? null : (
        <p>
          <strong>{words.drill.word}</strong>: {words.drill.notice}
        </p>
      )}
      <p>
        {words.date}
        <br />
        {words.authors}
        <br />
        {words.status(draft.status)}
      </p>
      {draft.sections.map(({ section, text }) => (
        <section key={section}>
          <h2>{t(`postmortem.headings.${section}`)}</h2>
          <pre>{text}</pre>
        </section>
      ))}
    </div>,
    document.body,
  );
}
