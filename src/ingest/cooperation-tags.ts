/**
 * A controlled vocabulary of fields of cooperation and focus areas. Free text
 * becomes tags by matching these patterns, so the same words give the same
 * tags on every page and a reader can see exactly why a tag was given.
 * Order is the output order (alphabetical by tag).
 */
export const COOPERATION_TAGS: readonly { tag: string; pattern: RegExp }[] = [
  { tag: 'agriculture', pattern: /\bagricultur|\bfood production/i },
  { tag: 'aid and solidarity', pattern: /\bhumanitarian|\bsolidarity|\baid\b/i },
  { tag: 'business', pattern: /\bbusiness|\bindustr|\bcluster development/i },
  { tag: 'citizen participation', pattern: /\bcitizen (participation|dialogue)|\bco-creation/i },
  { tag: 'climate', pattern: /\bclimate/i },
  { tag: 'culture', pattern: /\bcultur(e|al)\b(?! budget)|\bcreative europe|\bworld heritage/i },
  { tag: 'digitalisation', pattern: /\bdigitali[sz]|\bsmart city|\bdata-driven|\bdigital learning/i },
  { tag: 'education', pattern: /\beducation|\bschools?\b|\bstudent|\berasmus|\bcompetence exchange|\bskills/i },
  { tag: 'energy', pattern: /\benergy\b/i },
  { tag: 'environment', pattern: /\benvironment|\bpollution|\bwaste treatment|\bwater\b/i },
  { tag: 'food', pattern: /\bfood culture/i },
  { tag: 'forestry', pattern: /\bforest|\blumber|\btimber|\bbioeconomy/i },
  { tag: 'gaming and VR', pattern: /\bgaming|\bVR\b/i },
  { tag: 'integration', pattern: /\bintegration|\bimmigra/i },
  { tag: 'innovation', pattern: /\binnovation/i },
  { tag: 'public health', pattern: /\bpublic health|\bmental health|\bwelfare technology/i },
  { tag: 'public services', pattern: /\bpublic service|\bmunicipality's services/i },
  { tag: 'research', pattern: /\bresearch|\bhorizon 2020/i },
  { tag: 'security', pattern: /\bcyber|\binformation security/i },
  { tag: 'sustainability', pattern: /\bsustainab/i },
  { tag: 'technology', pattern: /\btechnolog/i },
  { tag: 'tourism', pattern: /\btouris/i },
  { tag: 'trade', pattern: /\btrade\b/i },
  { tag: 'transport', pattern: /\btransport/i },
  { tag: 'urban development', pattern: /\burban development|\bregional development/i },
  { tag: 'youth', pattern: /\byouth|\byoung people|\bchildren/i },
];

/** The vocabulary tags whose pattern occurs in the text, in vocabulary order. */
export function tagsInText(text: string): string[] {
  return COOPERATION_TAGS.filter(({ pattern }) => pattern.test(text)).map(({ tag }) => tag);
}
