import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../i18n';
import { UnitMapping, type UnresolvedUnit } from './UnitMapping';

function json(status: number, body: unknown) {
  return new Response(JSON.stringify(body), {
    status, headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });
}

const units = [
  { code: 'van-phong', name: 'Văn phòng HĐND và UBND xã' },
  { code: 'trung-tam-phuc-vu-hanh-chinh-cong', name: 'Trung tâm Phục vụ hành chính công' },
  { code: 'trung-tam-dich-vu-su-nghiep-cong', name: 'Trung tâm Dịch vụ sự nghiệp công' },
];
const justice: UnresolvedUnit = {
  text: 'Phòng Tư pháp - Hộ tịch', candidates: [],
  occurrences: [{ plan: '21/KH-UBND', kind: 'TASK', key: '1', title: 'Số hóa sổ hộ tịch', role: 'LEAD' },
    { plan: '21/KH-UBND', kind: 'INDICATOR', key: '1', title: 'Tỷ lệ hồ sơ hộ tịch đúng hạn', role: 'ADVISING' }],
};

describe('mapping the unit names an import could not resolve', () => {
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
  });

  it('says where each name stands and maps it to a new unit with its code', async () => {
    const fetch = vi.fn()
      .mockResolvedValueOnce(json(200, units))
      .mockResolvedValueOnce(json(200, { text: justice.text, unitName: 'Phòng Tư pháp - Hộ tịch', tasksFollowed: 1, indicatorsFollowed: 1 }));
    vi.stubGlobal('fetch', fetch);
    const onMapped = vi.fn();
    render(<UnitMapping unresolved={[justice]} onMapped={onMapped} />);

    expect(screen.getByText(/Tên đơn vị chưa nhận ra \(1\)/)).toBeInTheDocument();
    expect(screen.getByText(/nhiệm vụ 1 “Số hóa sổ hộ tịch” \(chủ trì\); chỉ tiêu 1 “Tỷ lệ hồ sơ hộ tịch đúng hạn” \(tham mưu\)/))
      .toBeInTheDocument();
    await screen.findByRole('option', { name: 'Văn phòng HĐND và UBND xã' });
    fireEvent.click(screen.getByRole('button', { name: 'Gán' }));
    expect(screen.getByText('Chọn một đơn vị.', { selector: '.field-error' })).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);

    fireEvent.change(screen.getByLabelText('Gán cho đơn vị'), { target: { value: '__new__' } });
    fireEvent.change(screen.getByLabelText('Mã đơn vị (chữ thường không dấu, gạch nối)'), { target: { value: 'Tư Pháp' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gán' }));
    expect(screen.getByText(/Nhập tên và mã đơn vị/)).toBeInTheDocument();
    expect(fetch).toHaveBeenCalledTimes(1);

    fireEvent.change(screen.getByLabelText('Mã đơn vị (chữ thường không dấu, gạch nối)'), { target: { value: 'tu-phap' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gán' }));

    expect(await screen.findByRole('status')).toHaveTextContent('Đã gán “Phòng Tư pháp - Hộ tịch” cho Phòng Tư pháp - Hộ tịch: 1 nhiệm vụ và 1 chỉ tiêu chuyển theo.');
    expect(fetch.mock.calls[1][0]).toBe('/api/plans/unit-mappings');
    expect(JSON.parse(fetch.mock.calls[1][1].body)).toEqual({ text: 'Phòng Tư pháp - Hộ tịch', unit: 'tu-phap', name: 'Phòng Tư pháp - Hộ tịch' });
    expect(onMapped).toHaveBeenCalled();
  });

  it('offers the likely units first and sends the chosen one', async () => {
    const centre: UnresolvedUnit = { text: 'Trung tâm công', candidates: ['trung-tam-dich-vu-su-nghiep-cong'],
      occurrences: [{ plan: '21/KH-UBND', kind: 'TASK', key: '4', title: 'Tuyên truyền', role: 'LEAD' }] };
    const fetch = vi.fn().mockResolvedValueOnce(json(200, units))
      .mockResolvedValueOnce(json(200, { text: centre.text, unitName: units[2].name, tasksFollowed: 1, indicatorsFollowed: 0 }));
    vi.stubGlobal('fetch', fetch);
    render(<UnitMapping unresolved={[centre]} onMapped={() => undefined} />);

    await screen.findByRole('option', { name: 'Trung tâm Dịch vụ sự nghiệp công (có thể là)' });
    expect(screen.getAllByRole('option')[1]).toHaveTextContent('Trung tâm Dịch vụ sự nghiệp công (có thể là)');
    expect(screen.getByLabelText('Gán cho đơn vị')).toHaveValue('trung-tam-dich-vu-su-nghiep-cong');
    fireEvent.click(screen.getByRole('button', { name: 'Gán' }));
    expect(await screen.findByRole('status')).toHaveTextContent('1 nhiệm vụ và 0 chỉ tiêu');
    expect(JSON.parse(fetch.mock.calls[1][1].body)).toEqual({ text: 'Trung tâm công', unit: 'trung-tam-dich-vu-su-nghiep-cong' });
  });
});
