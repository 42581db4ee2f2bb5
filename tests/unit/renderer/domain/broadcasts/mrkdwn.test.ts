import { describe, expect, it } from 'vitest';
import { escapeSlackText } from '../../../../../renderer/src/domain/broadcasts/escape';
import { parseMrkdwn, parseMrkdwnLine } from '../../../../../renderer/src/domain/broadcasts/mrkdwn';

const plain = (text: string) => ({ text, bold: false, italic: false });

describe('the preview reads mrkdwn as Slack shows it', () => {
  it('bold labels, italic placeholders, and line breaks', () => {
    expect(parseMrkdwn('*Impact*\n_Nothing to report_')).toEqual([
      [{ text: 'Impact', bold: true, italic: false }],
      [{ text: 'Nothing to report', bold: false, italic: true }],
    ]);
  });
  it('shows escaped text exactly as the IC typed it', () => {
    const typed = '<!channel> & <@U123> <https://x.example|click>';
    expect(parseMrkdwnLine(escapeSlackText(typed))).toEqual([plain(typed)]);
  });
  it('styles only markers at word edges, as Slack does', () => {
    expect(parseMrkdwnLine('a *really* big deal')).toEqual([
      plain('a '),
      { text: 'really', bold: true, italic: false },
      plain(' big deal'),
    ]);
    expect(parseMrkdwnLine('snake_case_name and 2*3*4')).toEqual([plain('snake_case_name and 2*3*4')]);
  });
});
