import { describe, expect, it } from 'vitest';
import { csvCell, csvText } from '../../../../../renderer/src/domain/export/csv';
import { markdownCell, markdownTable } from '../../../../../renderer/src/domain/export/markdown';

describe('CSV cells', () => {
  it('quotes commas, quotes and line breaks, doubling quotes (RFC 4180)', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('keeps a leading formula character as text, so a spreadsheet does not run it', () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('a=b')).toBe('a=b');
  });

  it('ends every line, the last too, with CRLF', () => {
    expect(
      csvText([
        ['a', 'b'],
        ['c, d', ''],
      ]),
    ).toBe('a,b\r\n"c, d",\r\n');
  });
});

describe('Markdown tables', () => {
  it('escapes pipes, backslashes and tags and turns line breaks into <br> in every cell', () => {
    expect(markdownCell('a|b\\c\r\nd')).toBe('a\\|b\\\\c<br>d');
    expect(markdownCell('<script>alert(1)</script>')).toBe('&lt;script>alert(1)&lt;/script>');
    expect(markdownTable(['Who', 'What|why'], [['Bob', 'one\ntwo']])).toEqual([
      '| Who | What\\|why |',
      '| --- | --- |',
      '| Bob | one<br>two |',
    ]);
  });
});
