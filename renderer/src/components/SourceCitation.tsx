import { useTranslation } from 'react-i18next';
import { Day } from './Day';

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * "Source: <title> (<address>, <revised>)" for a fact's primary source. The title is the document's own, in
 * English for every source the app ships, so it is marked lang="en" (read in English by a screen reader, and
 * known to have no French); the words around it and the revision day are the reader's.
 */
export function SourceCitation(props: { title: string; url?: string | null; revised?: string | null }) {
  const { t } = useTranslation();
  const revised = props.revised ? ISO_DAY.test(props.revised) ? <Day iso={props.revised} /> : props.revised : null;
  const inBrackets = [props.url && <span className="source-url">{props.url}</span>, revised].filter(Boolean);
  return (
    <span className="source-citation">
      {t('field.source')} <cite lang="en">{props.title}</cite>
      {inBrackets.length > 0 && (
        <>
          {' ('}
          {inBrackets.map((part, i) => (
            <span key={i}>
              {i > 0 && ', '}
              {part}
            </span>
          ))}
          {')'}
        </>
      )}
    </span>
  );
}
