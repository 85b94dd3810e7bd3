import type { CSSProperties } from 'react';
import type { ClipCategory } from '@/lib/clips/clip-schema';
import { CATEGORY_STYLES } from '@/lib/highlights/category-style';

const UNCLASSIFIED = { label: 'Unclassified', light: '#e2e5ea', dark: '#3c4350' };

export function categoryStyle(category: ClipCategory) {
  return category === 'unclassified' ? UNCLASSIFIED : CATEGORY_STYLES[category];
}

/** The category's name on its highlight colour; the dark-mode colour is picked in CSS. */
export function CategoryChip({ category }: { category: ClipCategory }) {
  const style = categoryStyle(category);
  const vars = { '--chip-light': style.light, '--chip-dark': style.dark } as CSSProperties;
  return (
    <span className="chip" style={vars}>
      {style.label}
    </span>
  );
}
