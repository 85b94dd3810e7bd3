import { describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../../lib/eval/analyze-args';

describe('parseAnalyzeArgs', () => {
  it('reads flags, the URL (both spellings) and paths in order', () => {
    expect(parseAnalyzeArgs(['--json', '--url', 'https://example.com/a', 'x.html', 'dir'])).toEqual({
      json: true, schema: false, help: false, url: 'https://example.com/a', paths: ['x.html', 'dir'],
    });
    expect(parseAnalyzeArgs(['--url=https://example.com/b', 'x.html'])).toMatchObject({ url: 'https://example.com/b' });
  });

  it('takes everything after -- as a path', () => {
    expect(parseAnalyzeArgs(['--', '--json'])).toMatchObject({ json: false, paths: ['--json'] });
  });

  it('needs no path for --schema', () => {
    expect(parseAnalyzeArgs(['--schema'])).toMatchObject({ schema: true, paths: [] });
  });

  it.each([
    [[], 'no PATH given'],
    [['--url'], '--url needs a URL'],
    [['--url', 'example.com', 'x.html'], '--url: not an http(s) or file URL: example.com'],
    [['--url', 'javascript:alert(1)', 'x.html'], '--url: not an http(s) or file URL: javascript:alert(1)'],
    [['--jsn', 'x.html'], 'unknown option --jsn'],
  ])('rejects %j', (argv, error) => {
    expect(parseAnalyzeArgs(argv)).toEqual({ error });
  });
});
