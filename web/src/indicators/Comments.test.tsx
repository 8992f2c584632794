import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { Comments } from './Comments';

const GRDP = 'an-duong:86-KH-UBND:1';
const earlier = {
  id: 'c1', year: 2026, by: 'anduong.chutich', displayName: 'Nguyễn Văn Hùng', at: '2026-11-20T02:00:00Z',
  text: 'Phòng Kinh tế rà soát lại số liệu quý III.',
};

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

describe("leaders' comments on an indicator", () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('lists what was said and sends a new comment about the year on screen', async () => {
    const fetch = vi.fn()
      .mockResolvedValueOnce(json(200, [earlier]))
      .mockResolvedValueOnce(json(201, { ...earlier, id: 'c2', text: 'Đề nghị báo cáo nguyên nhân.' }))
      .mockResolvedValueOnce(json(200, [earlier, { ...earlier, id: 'c2', text: 'Đề nghị báo cáo nguyên nhân.' }]));
    vi.stubGlobal('fetch', fetch);
    render(<Comments indicatorId={GRDP} year={2026} canComment />);

    expect(await screen.findByText('Phòng Kinh tế rà soát lại số liệu quý III.')).toBeInTheDocument();
    expect(screen.getByText(/Nguyễn Văn Hùng/)).toHaveTextContent('Năm 2026');
    fireEvent.change(screen.getByLabelText('Ý kiến chỉ đạo về năm 2026'), { target: { value: 'Đề nghị báo cáo nguyên nhân.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));

    // The list as read again after the send (not the text still in the field while the send is under way).
    expect(await screen.findByText('Đề nghị báo cáo nguyên nhân.', { selector: '#comments p' })).toBeInTheDocument();
    expect(fetch.mock.calls[1][0]).toBe('/api/indicators/an-duong%3A86-KH-UBND%3A1/comments');
    expect(JSON.parse(fetch.mock.calls[1][1].body)).toEqual({ text: 'Đề nghị báo cáo nguyên nhân.', year: 2026 });
    await waitFor(() => expect(screen.getByLabelText('Ý kiến chỉ đạo về năm 2026')).toHaveValue(''));
  });

  it('sends nothing empty and keeps the text when the service refuses it', async () => {
    const fetch = vi.fn()
      .mockResolvedValueOnce(json(200, []))
      .mockResolvedValueOnce(json(403, { status: 403, title: 'Không có quyền', detail: 'Chỉ lãnh đạo và Văn phòng được cho ý kiến.' }));
    vi.stubGlobal('fetch', fetch);
    render(<Comments indicatorId={GRDP} year={2026} canComment />);
    expect(await screen.findByText('Chưa có ý kiến chỉ đạo nào.')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(screen.getByText('Hãy viết nội dung ý kiến.')).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);

    fireEvent.change(screen.getByLabelText('Ý kiến chỉ đạo về năm 2026'), { target: { value: 'Khẩn trương hoàn thành.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gửi ý kiến' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Chỉ lãnh đạo và Văn phòng được cho ý kiến.');
    expect(screen.getByLabelText('Ý kiến chỉ đạo về năm 2026')).toHaveValue('Khẩn trương hoàn thành.');
  });

  it('offers no form to those who may only read', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(json(200, [earlier])));
    render(<Comments indicatorId={GRDP} year={2026} canComment={false} />);
    expect(await screen.findByText('Phòng Kinh tế rà soát lại số liệu quý III.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Gửi ý kiến' })).toBeNull();
  });
});
