import * as z from 'zod/mini';
import { SourceLevel, type BannerKind, type SourceAssessment } from '../analysis-result';
import { isStateLevel } from './source-level';

/**
 * A reader's correction of a site's label ("this label is wrong"), kept on this device. It speaks
 * for the publisher's registrable domain, as the registry does. Validated wherever it enters:
 * storage reads, imports.
 */
export const SourceOverride = z.object({
  /** Registrable domain, lower-case ASCII (punycode for IDNs): what `Publisher.domain` holds. */
  domain: z.string().check(z.regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/), z.maxLength(253)),
  /** The level the reader says is right. `unknown` means "not state-linked": no banner on this site. */
  level: SourceLevel,
  note: z.string().check(z.maxLength(500)),
  /** Epoch milliseconds, as clips keep theirs. */
  createdAt: z.number().check(z.gte(0)),
});
export type SourceOverride = z.infer<typeof SourceOverride>;

export const SourceOverrides = z.array(SourceOverride).check(z.maxLength(5_000));

/** The reference a corrected publisher carries, so every view can tell a correction from the registry. */
export const OVERRIDE_REFERENCE = 'your correction, kept on this device (side panel › This page › Sources)';

const WORDS: Record<SourceLevel, string> = {
  'state-controlled': 'state-controlled',
  'state-aligned': 'state-aligned',
  'state-affiliated': 'state-affiliated',
  'public-independent': 'publicly funded, editorially independent',
  unknown: 'not state-linked',
};

/**
 * The source assessment with the reader's correction applied to the publisher: its level, a basis
 * that says what was corrected, and the banner that level earns. A state level gives its banner;
 * "publicly funded, independent" and "not state-linked" give none (relays stay listed, as
 * information, in the side panel). An override for another domain changes nothing.
 */
export function applyOverride(source: SourceAssessment, override: SourceOverride | null): SourceAssessment {
  if (!override || source.publisher.domain !== override.domain) return source;
  if (isOverridden(source)) return source;
  const was = source.publisher.level;
  const note = override.note.trim();
  const basis =
    `Corrected on this device on ${new Date(override.createdAt).toISOString().slice(0, 10)}: ${WORDS[override.level]}` +
    ` (Lodestone said: ${WORDS[was]}${source.publisher.basis ? `; ${source.publisher.basis}` : ''})` +
    (note ? `. Your note: ${note}` : '');
  return {
    ...source,
    publisher: { ...source.publisher, level: override.level, basis, reference: OVERRIDE_REFERENCE },
    banner: bannerForOverride(override.level),
  };
}

/** True when the assessment carries a reader's correction. */
export function isOverridden(source: SourceAssessment): boolean {
  return source.publisher.reference === OVERRIDE_REFERENCE;
}

function bannerForOverride(level: SourceLevel): BannerKind {
  return isStateLevel(level) ? level : null;
}
