import type { CSSProperties } from 'react';
import type { ClipCategory } from '@/lib/clips/clip-schema';
import { clipCategoryStyle } from '@/lib/highlights/category-style';

export const categoryStyle = clipCategoryStyle;

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
