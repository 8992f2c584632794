/** Vietnamese, the application's first language: every word a user reads. */
export const vi = {
  app: { name: 'wardplan', tagline: 'Kế hoạch phát triển kinh tế - xã hội 2026–2030', skip: 'Bỏ qua, đến nội dung chính' },
  nav: {
    dashboard: 'Tổng quan', indicators: 'Chỉ tiêu', tasks: 'Nhiệm vụ', import: 'Nhập kế hoạch', inbox: 'Nhắc việc',
    reports: 'Báo cáo', comparison: 'So sánh các phường, xã', settings: 'Cài đặt nhắc việc', menu: 'Danh mục',
  },
  session: {
    signOut: 'Đăng xuất', ward: 'Phường/xã', unit: 'Đơn vị', roles: 'Vai trò', language: 'Ngôn ngữ',
    switchTo: 'English', loading: 'Đang tải…', noWard: 'Tài khoản cấp thành phố',
  },
  roles: {
    'platform-admin': 'Quản trị nền tảng', 'city-viewer': 'Lãnh đạo, sở ngành thành phố', 'ward-admin': 'Văn phòng HĐND và UBND',
    'ward-leader': 'Lãnh đạo UBND', 'unit-officer': 'Cán bộ đơn vị',
  },
  status: {
    ACHIEVED: 'Đã đạt', ON_TRACK: 'Đúng tiến độ', AT_RISK: 'Có nguy cơ không đạt', OFF_TRACK: 'Không đạt', NO_DATA: 'Chưa có số liệu',
  },
  valueStatus: { DRAFT: 'Bản nháp', SUBMITTED: 'Đã gửi, chờ duyệt', APPROVED: 'Đã duyệt', RETURNED: 'Bị trả lại' },
  taskStatus: {
    PLANNED: 'Chưa nộp', IN_PROGRESS: 'Đã có tiến độ', OVERDUE: 'Quá hạn', DONE: 'Hoàn thành', SUBMITTED: 'Đã nộp, chờ xem xét',
    ACCEPTED: 'Đã chấp nhận', RETURNED: 'Bị trả lại',
  },
  historyAction: { ENTERED: 'Nhập', UPDATED: 'Sửa', SUBMITTED: 'Gửi duyệt', APPROVED: 'Duyệt', RETURNED: 'Trả lại' },
  common: {
    year: 'Năm', all: 'Tất cả', save: 'Lưu', cancel: 'Hủy', close: 'Đóng', retry: 'Thử lại', loading: 'Đang tải…',
    empty: 'Không có mục nào.', saved: 'Đã lưu.', search: 'Tìm', filter: 'Lọc', total: 'Tổng', details: 'Chi tiết',
    back: 'Quay lại', download: 'Tải về',
  },
  dashboard: {
    title: 'Tổng quan năm {{year}}', asOf: 'Số liệu đến ngày {{date}}', indicators: 'Chỉ tiêu', tasks: 'Nhiệm vụ',
    byStatus: 'Theo trạng thái', byUnit: 'Theo đơn vị chủ trì', byField: 'Theo lĩnh vực', overdue: 'Sản phẩm quá hạn',
    noOverdue: 'Không có sản phẩm quá hạn.', units: 'Kết quả của các đơn vị', due: 'Đến hạn', onTime: 'Đúng hạn', late: 'Muộn',
    missing: 'Chưa nộp', notYetDue: 'Chưa đến hạn', value: 'Giá trị', target: 'Mục tiêu', status: 'Tình trạng',
    indicator: 'Chỉ tiêu', trend: 'Diễn biến so với mục tiêu', dueDate: 'Hạn', leadUnit: 'Đơn vị chủ trì', task: 'Nhiệm vụ',
  },
  indicators: {
    title: 'Chỉ tiêu của kế hoạch', group: 'Nhóm', advisingUnit: 'Đơn vị tham mưu', leader: 'Lãnh đạo chỉ đạo', status: 'Tình trạng',
    measureUnit: 'Đơn vị tính', target: 'Mục tiêu', yearly: 'Hằng năm', byEnd: 'Đến năm 2030', baseline: 'Năm gốc',
    values: 'Giá trị theo năm', history: 'Lịch sử', assessment: 'Đánh giá năm {{year}}', noValue: 'Chưa nhập',
    enter: 'Nhập giá trị năm {{year}}', value: 'Giá trị', source: 'Nguồn số liệu', note: 'Ghi chú', saveDraft: 'Lưu nháp',
    submit: 'Gửi duyệt', approve: 'Duyệt', return: 'Trả lại', returnComment: 'Lý do trả lại', returnedWith: 'Bị trả lại: {{comment}}',
    comments: 'Ý kiến', period: 'Kỳ', by: 'Người thực hiện', action: 'Thao tác', at: 'Thời điểm',
    valueInvalid: 'Giá trị phải là một số, ví dụ 99,5 hoặc 1.234,5.', valueRequired: 'Hãy nhập giá trị.',
    commentRequired: 'Hãy ghi lý do trả lại để đơn vị biết cần sửa gì.', tooLong: 'Tối đa {{max}} ký tự.',
    achievedRate: 'Tốc độ đã đạt', neededRate: 'Tốc độ cần đạt những năm còn lại', chart: 'Giá trị theo năm so với vùng mục tiêu',
    targetBand: 'Vùng mục tiêu', submitted: 'Đã gửi giá trị để Văn phòng duyệt.', approved: 'Đã duyệt giá trị.',
    returned: 'Đã trả lại giá trị cho đơn vị.',
  },
  tasks: {
    title: 'Nhiệm vụ', list: 'Danh sách', board: 'Bảng theo trạng thái', field: 'Lĩnh vực', leadUnit: 'Đơn vị chủ trì',
    coordinating: 'Đơn vị phối hợp', leader: 'Lãnh đạo chỉ đạo', output: 'Sản phẩm', period: 'Thời gian', deliverables: 'Sản phẩm theo kỳ',
    dueDate: 'Hạn nộp', state: 'Trạng thái', progress: 'Báo cáo tiến độ', addProgress: 'Gửi báo cáo tiến độ', progressText: 'Nội dung',
    percent: 'Phần trăm hoàn thành', submit: 'Nộp sản phẩm', accept: 'Chấp nhận', return: 'Trả lại', comment: 'Ý kiến',
    progressRequired: 'Hãy viết nội dung báo cáo tiến độ.', percentInvalid: 'Phần trăm là số từ 0 đến 100.',
  },
  reports: {
    title: 'Báo cáo', annual: 'Báo cáo năm {{year}} về tình hình thực hiện kế hoạch', midterm: 'Báo cáo sơ kết giữa kỳ (2026–2028)',
    final: 'Báo cáo tổng kết (2026–2030)', formats: 'Định dạng', comparison: 'So sánh các phường, xã năm {{year}}',
    rank: 'Hạng', ward: 'Phường/xã', share: 'Tỷ lệ chỉ tiêu đạt/đúng tiến độ', onTrack: 'Đạt/đúng tiến độ', assessed: 'Đã đánh giá',
    sharedBy: 'Số phường, xã có chỉ tiêu',
  },
  inbox: {
    title: 'Nhắc việc', unread: '{{count}} chưa đọc', markRead: 'Đánh dấu đã đọc', markAllRead: 'Đánh dấu tất cả đã đọc',
    empty: 'Không có nhắc việc nào.', open: 'Mở',
  },
  planImport: {
    title: 'Nhập kế hoạch từ văn bản', file: 'Tệp kế hoạch (.docx, .xlsx hoặc .txt)', preview: 'Xem trước (chưa lưu)',
    commit: 'Lưu vào hệ thống', previewTitle: 'Kết quả đọc thử', warnings: 'Cảnh báo cần xem ({{count}})', noWarnings: 'Không có cảnh báo.',
    counts: '{{total}} dòng: {{created}} mới, {{updated}} thay đổi, {{unchanged}} giữ nguyên', line: 'Dòng',
    committed: 'Đã lưu kế hoạch {{number}}.', chooseFile: 'Hãy chọn tệp kế hoạch.', plan: 'Kế hoạch số {{number}}, ngày {{date}}',
    change: 'Thay đổi',
  },
  settings: {
    title: 'Cài đặt nhắc việc', policy: 'Quy tắc nhắc việc', before: 'Nhắc trước hạn (số ngày làm việc, cách nhau bởi dấu phẩy)',
    onDueDay: 'Nhắc vào ngày đến hạn', overdueEvery: 'Khi quá hạn, nhắc lại sau mỗi (ngày làm việc)', maxOverdue: 'Số lần nhắc quá hạn tối đa',
    escalateAfter: 'Báo lãnh đạo chỉ đạo sau khi quá hạn (ngày làm việc)', sendTime: 'Giờ gửi nhắc', quietFrom: 'Không gửi từ',
    quietUntil: 'đến', valueDueDay: 'Hạn nhập số liệu chỉ tiêu hằng năm (tháng-ngày, ví dụ 11-30)', replanned: 'Đã lưu; {{count}} hạn được lập lại lịch nhắc.',
    calendar: 'Lịch làm việc năm {{year}}', tet: 'Tết Nguyên đán: {{date}}', dayOff: 'Ngày nghỉ', date: 'Ngày', name: 'Tên ngày',
    kind: 'Loại', addDay: 'Thêm ngày', extraDayOff: 'Ngày nghỉ thêm', workingWeekend: 'Ngày cuối tuần làm việc', remove: 'Xóa',
    source: 'Nguồn', daysInvalid: 'Nhập các số từ 1 đến 60, cách nhau bởi dấu phẩy.', numberInvalid: 'Nhập một số nguyên.',
    dayInvalid: 'Nhập tháng-ngày dạng 11-30.', nameRequired: 'Hãy nhập tên ngày.', dateRequired: 'Hãy chọn ngày.',
    workingWeekendDays: 'Ngày cuối tuần đi làm',
  },
  errors: {
    title: 'Không thực hiện được', network: 'Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại; nội dung đã nhập vẫn còn.',
    forbidden: 'Tài khoản của anh/chị không có quyền thực hiện việc này.', notFound: 'Không tìm thấy mục này.',
    server: 'Hệ thống gặp lỗi. Nội dung đã nhập vẫn còn; hãy thử lại sau ít phút.', kept: 'Nội dung đã nhập vẫn được giữ nguyên.',
  },
};

export type Messages = typeof vi;
