import { attachmentLines, dueBadge, keyOf, normaliseAccountNumber, ASSISTANCE_KIND_KEYS } from './assistance-logic';

describe('assistance logic', () => {
  it('normalises account numbers as the server does: 8 to 32 digits once spaces and dashes are gone', () => {
    expect(normaliseAccountNumber('6222 0212-0001 2345 678')).toBe('6222021200012345678');
    expect(normaliseAccountNumber('12345678')).toBe('12345678');
    expect(normaliseAccountNumber('1234567')).toBeNull();
    expect(normaliseAccountNumber('1'.repeat(33))).toBeNull();
    expect(normaliseAccountNumber('6222O21200012345678')).toBeNull();
    expect(normaliseAccountNumber('')).toBeNull();
  });

  it('marks overdue and late answers', () => {
    expect(dueBadge('open')).toBe('running');
    expect(dueBadge('overdue')).toBe('overdue');
    expect(dueBadge('answered-late')).toBe('overdue');
    expect(dueBadge('answered')).toBe('done');
  });

  it('reads attachments one per line', () => {
    expect(attachmentLines(' 查询结果 \n\n https://example.gov.cn/a \r\n')).toEqual(['查询结果', 'https://example.gov.cn/a']);
  });

  it('labels known kinds and never shows a raw code', () => {
    expect(keyOf(ASSISTANCE_KIND_KEYS, 'property')).toBe('Dalad::Enforcement:Assistance:Kind:property');
    expect(keyOf(ASSISTANCE_KIND_KEYS, 'seize')).toBe('Dalad::Enforcement:Unknown');
  });
});
