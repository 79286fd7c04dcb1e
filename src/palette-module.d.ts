/** The page's colours as CSS custom properties, written by vite.config.ts from src/components/palette.ts. */
declare module 'virtual:palette.css';
