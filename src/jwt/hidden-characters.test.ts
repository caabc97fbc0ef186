import { describe, expect, it } from 'vitest';
import { revealHiddenCharacters } from './hidden-characters';

describe('revealHiddenCharacters', () => {
  it.each([
    ['a bidi override', 'x\u202Enimda', true, 'x\\u202enimda'],
    ['a zero-width space', 'ro\u200Ble', true, 'ro\\u200ble'],
    ['free text keeps its tabs and line breaks', 'a\tb\nc', true, 'a\tb\nc'],
    ['a carriage return is shown', 'a\rb', true, 'a\\u000db'],
    ['inside a JSON string every control character is escaped', 'a\tb\nc', false, 'a\\u0009b\\u000ac'],
    ['ordinary text is returned as is', 'Zoë 李', true, 'Zoë 李'],
  ])('%s', (_name, text, keepLayout, expected) => {
    expect(revealHiddenCharacters(text, keepLayout)).toBe(expected);
  });
});
