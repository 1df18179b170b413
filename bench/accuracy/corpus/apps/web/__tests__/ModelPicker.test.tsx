import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ModelPicker } from '../app/components/ModelPicker';
import { UsageBadge } from '../app/components/UsageBadge';

describe('ModelPicker', () => {
  it('offers three models', () => {
    render(<ModelPicker value="claude-sonnet-4-6" onChange={() => {}} />);
    expect(screen.getAllByRole('option')).toHaveLength(3);
  });

  it('marks legacy models', () => {
    render(<UsageBadge model="claude-3-5-sonnet-20241022" tokens={10} />);
    expect(screen.getByText(/claude-3-5-sonnet-20241022/).className).toContain('badge-warn');
  });
});
