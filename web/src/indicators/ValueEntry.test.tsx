import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import type { Indicator } from './types';
import { ValueEntry } from './ValueEntry';

const grdp: Indicator = {
  id: 'an-duong:86-KH-UBND:1', key: '1', code: '1', group: null, name: 'Tổng giá trị sản phẩm trên địa bàn', measureUnit: '%',
  byEndText: null, yearlyText: '14 - 15', target: null, targetNote: null, directingLeader: null,
  advisingUnitCode: 'kinh-te-ha-tang-do-thi', advisingUnitText: 'Phòng Kinh tế, Hạ tầng và Đô thị', baseline: null, earlierTargets: [], adjustedFrom: null, assessment: null,
};

function problem(status: number, title: string, detail: string) {
  return new Response(JSON.stringify({ status, title, detail }), { status, headers: { 'Content-Type': 'application/problem+json' } });
}

describe('entering a value', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('keeps what was typed and says why in words when the service refuses the save', async () => {
    const fetch = vi.fn().mockResolvedValue(problem(409, 'Giá trị đã được gửi', 'Giá trị năm 2026 đang chờ duyệt, không sửa được.'));
    vi.stubGlobal('fetch', fetch);
    render(<ValueEntry indicator={grdp} year={2026} current={null} canEnter canApprove={false} onChanged={() => undefined} />);

    fireEvent.change(screen.getByLabelText(/Giá trị/), { target: { value: '1.234,5' } });
    fireEvent.change(screen.getByLabelText('Nguồn số liệu'), { target: { value: 'Chi cục Thống kê' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi duyệt' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('Giá trị đã được gửi');
    expect(screen.getByRole('alert')).toHaveTextContent('đang chờ duyệt');
    expect(screen.getByLabelText(/Giá trị/)).toHaveValue('1.234,5');
    expect(screen.getByText('Nội dung đã nhập vẫn được giữ nguyên.')).toBeInTheDocument();
    expect(JSON.parse(fetch.mock.calls[0][1].body)).toEqual({ value: 1234.5, source: 'Chi cục Thống kê', note: null });
    expect(sessionStorage.getItem('wardplan.draft.an-duong:86-KH-UBND:1.2026')).toContain('1.234,5');
  });

  it('sends nothing while the value is not a number', () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    render(<ValueEntry indicator={grdp} year={2026} current={null} canEnter canApprove={false} onChanged={() => undefined} />);

    fireEvent.change(screen.getByLabelText(/Giá trị/), { target: { value: 'khoảng 12' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi duyệt' }));

    expect(screen.getByText(/Giá trị phải là một số/)).toBeInTheDocument();
    expect(screen.getByLabelText(/Giá trị/)).toHaveAttribute('aria-invalid', 'true');
    expect(fetch).not.toHaveBeenCalled();
  });

  it('saves a draft on Enter, never sends it for approval, and an old "saved" does not stand beside a new error', async () => {
    const fetch = vi.fn().mockResolvedValue(new Response(JSON.stringify({ period: '2026', value: 112, status: 'DRAFT', history: [] }), {
      status: 200, headers: { 'Content-Type': 'application/json' } }));
    vi.stubGlobal('fetch', fetch);
    render(<ValueEntry indicator={grdp} year={2026} current={null} canEnter canApprove={false} onChanged={() => undefined} />);

    fireEvent.change(screen.getByLabelText(/Giá trị/), { target: { value: '112' } });
    fireEvent.submit(screen.getByLabelText(/Giá trị/).closest('form')!);

    expect(await screen.findByRole('status')).toHaveTextContent('Đã lưu');
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][1].method).toBe('PUT');
    expect(fetch.mock.calls.some((call) => String(call[0]).endsWith('/submit'))).toBe(false);

    fireEvent.change(screen.getByLabelText(/Giá trị/), { target: { value: '12.5' } });
    fireEvent.submit(screen.getByLabelText(/Giá trị/).closest('form')!);
    expect(screen.getByText(/phần thập phân viết sau dấu phẩy/)).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('asks for the reason of a value that trips a check before it sends it, and sends the reason with it', async () => {
    const json = (body: unknown) => new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
    const tripped = { period: '2026', value: 150, status: 'DRAFT', history: [],
      checks: [{ kind: 'PERCENT_RANGE', message: 'Tỷ lệ 150 % nằm ngoài khoảng 0–100 %.', messageEn: 'A share of 150 % is outside 0–100 %.' }] };
    const fetch = vi.fn().mockImplementation(() => Promise.resolve(json(tripped)));
    vi.stubGlobal('fetch', fetch);
    render(<ValueEntry indicator={grdp} year={2026} current={null} canEnter canApprove={false} onChanged={() => undefined} />);

    fireEvent.change(screen.getByLabelText(/Giá trị/), { target: { value: '150' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi duyệt' }));

    expect(await screen.findByText('Tỷ lệ 150 % nằm ngoài khoảng 0–100 %.')).toBeInTheDocument();
    expect(screen.getByText(/Hãy ghi lý do giá trị bất thường/)).toBeInTheDocument();
    expect(fetch.mock.calls.some((call) => String(call[0]).endsWith('/submit'))).toBe(false);

    fireEvent.change(screen.getByLabelText('Lý do (bắt buộc để gửi duyệt)'), { target: { value: 'Số liệu gộp cả người ngoài phường' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi duyệt' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Đã gửi');
    const submit = fetch.mock.calls.find((call) => String(call[0]).endsWith('/submit'))!;
    expect(JSON.parse(submit[1].body)).toEqual({ reason: 'Số liệu gộp cả người ngoài phường' });
  });
});
