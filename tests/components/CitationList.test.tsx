import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CitationList } from '../../src/components/CitationList';

describe('CitationList', () => {
  it('says “No quote given” for a record of your own data that quotes nothing', () => {
    render(<CitationList citations={[]} sources={new Map()} />);
    expect(screen.getByText('No quote given')).toBeInTheDocument();
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });
});
