import { bodyParagraph, renderOfficialDocument } from '../render/official-document.docx';
import { letterAbstract, letterParagraphs, type PromptingLetter } from './prompting-letter';

// The letter as a công văn laid out per Nghị định 30/2020/NĐ-CP: no kind line, the trích
// yếu under the number, "Kính gửi" the head of the unit, the list of overdue tasks, the new
// date, and the signature block of the leader in charge.

export async function renderLetterDocx(letter: PromptingLetter): Promise<Buffer> {
  const p = letterParagraphs(letter);
  const year = Number((letter.date ?? letter.createdAt).slice(0, 4));
  return renderOfficialDocument({
    heading: {
      agency: letter.agency,
      symbol: letter.symbol,
      number: letter.number ?? undefined,
      abstract: letterAbstract(letter),
      place: letter.place,
      date: letter.date ?? undefined,
      year,
    },
    addressees: [letter.addressee.title],
    body: [
      bodyParagraph(p.intro),
      bodyParagraph(p.listIntro),
      ...p.lines.map((line) => bodyParagraph(line)),
      ...(p.note ? [bodyParagraph(p.note)] : []),
      bodyParagraph(p.request),
    ],
    recipients: letter.recipients,
    signer: letter.signer,
  });
}

export const letterFileName = (l: PromptingLetter) =>
  `cong-van-don-doc-${l.directiveId}-${l.unitId}-${l.round}`.replace(/[^A-Za-z0-9-]+/g, '-') + '.docx';
