/** The analyzer's command line: `[--json] [--url URL] [--schema] PATH...`. */
export interface AnalyzeArgs {
  json: boolean;
  schema: boolean;
  help: boolean;
  /** The visited URL to assume for every page (judges the publisher); null: read it from the page. */
  url: string | null;
  paths: string[];
}

export const ANALYZE_USAGE = `usage: npm run analyze -- [--json] [--url URL] [--schema] PATH...
  PATH       an HTML file, or a folder: every .html file below it, in sorted order
  --json     one JSON object per page per line (an AnalysisResult plus "input", the file's path)
  --url URL  the URL the pages were visited at (default: the page's canonical link or og:url,
             else the file:// URL of the file)
  --schema   print the JSON Schema of one --json output line and exit`;

export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs | { error: string } {
  const out: AnalyzeArgs = { json: false, schema: false, help: false, url: null, paths: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      out.paths.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '--json') out.json = true;
    else if (arg === '--schema') out.schema = true;
    else if (arg === '--help' || arg === '-h') out.help = true;
    else if (arg === '--url' || arg.startsWith('--url=')) {
      const value = arg === '--url' ? argv[++i] : arg.slice('--url='.length);
      if (!value) return { error: '--url needs a URL' };
      const url = absoluteUrl(value);
      if (!url) return { error: `--url: not an http(s) or file URL: ${value}` };
      out.url = url;
    } else if (arg.startsWith('-')) return { error: `unknown option ${arg}` };
    else out.paths.push(arg);
  }
  if (!out.schema && !out.help && out.paths.length === 0) return { error: 'no PATH given' };
  return out;
}

function absoluteUrl(value: string): string | null {
  try {
    const u = new URL(value);
    return ['http:', 'https:', 'file:'].includes(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
