import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { TargetForm } from './TargetForm';
import type { Indicator } from './types';

const untyped: Indicator = {
  id: 'hoa-binh:112-KH-UBND:4', key: '4', code: '4', group: null, name: 'Tỷ lệ hộ cận nghèo', measureUnit: '%', byEndText: 'khoảng 1',
  yearlyText: '', target: null, targetNote: 'Không đọc được mức chỉ tiêu "khoảng 1" (đến năm 2030)', directingLeader: null,
  advisingUnitCode: 'van-hoa-xa-hoi', advisingUnitText: 'P.VH-XH', baseline: null, earlierTargets: [], adjustedFrom: null, assessment: null,
};

describe('the ward office types a target by hand', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('reads the level the Vietnamese way and sends the typed rule', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(new Response(JSON.stringify({ kind: 'CEILING', value: 1.5 }), {
      status: 200, headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    const onTyped = vi.fn();
    render(<TargetForm indicator={untyped} onTyped={onTyped} />);

    expect(screen.getByText(/không đọc được mức chỉ tiêu trong văn bản/)).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Kiểu'), { target: { value: 'CEILING' } });
    fireEvent.change(screen.getByLabelText('Mức'), { target: { value: 'khoảng' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kiểu chỉ tiêu' }));
    expect(screen.getByText('Mức phải là một số, ví dụ 99,5.')).toBeInTheDocument();
    expect(fetch).not.toHaveBeenCalled();

    fireEvent.change(screen.getByLabelText('Mức'), { target: { value: '1,5' } });
    fireEvent.click(screen.getByLabelText('Phải thấp hơn hẳn mức này ("Dưới")'));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kiểu chỉ tiêu' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu');
    expect(fetch.mock.calls[0][0]).toBe('/api/indicators/hoa-binh%3A112-KH-UBND%3A4/target');
    expect(JSON.parse(fetch.mock.calls[0][1].body)).toEqual({ target: { kind: 'CEILING', value: 1.5, strict: true } });
    expect(onTyped).toHaveBeenCalled();
  });

  it('sends the year an adjusted target applies from', async () => {
    const fetch = vi.fn().mockResolvedValueOnce(new Response(JSON.stringify({ kind: 'FLOOR', value: 98 }), {
      status: 200, headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    render(<TargetForm indicator={untyped} onTyped={vi.fn()} />);

    fireEvent.change(screen.getByLabelText('Kiểu'), { target: { value: 'FLOOR' } });
    fireEvent.change(screen.getByLabelText('Mức'), { target: { value: '98' } });
    fireEvent.change(screen.getByLabelText('Áp dụng từ năm (điều chỉnh giữa kỳ)'), { target: { value: '2028' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu kiểu chỉ tiêu' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu');
    expect(JSON.parse(fetch.mock.calls[0][1].body)).toEqual({ target: { kind: 'FLOOR', value: 98, strict: false }, fromYear: 2028 });
  });
});
