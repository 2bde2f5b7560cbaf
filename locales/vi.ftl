# Thông điệp của leadgap bằng tiếng Việt. Xưng hô: "bạn", rõ ràng và chuyên nghiệp.

## Số lượng

files-count = { $count } tệp

## Lỗi

error-no-input = { $path }: không có tệp hoặc thư mục này
error-store = không ghi được kho dữ liệu tại `{ $path }`: { $reason }
error-interrupted = đã dừng giữa chừng
io-not-found = không có tệp hoặc thư mục này
io-permission-denied = không có quyền truy cập
io-already-exists = đã tồn tại
io-is-a-directory = đây là một thư mục
io-not-a-directory = không phải là thư mục
io-storage-full = thiết bị đã hết dung lượng
io-read-only = hệ thống tệp chỉ cho phép đọc
io-invalid-data = nội dung không hợp lệ

## Báo cáo, Markdown, biểu đồ và biểu mẫu cho người đánh giá (report-, md-, chart-, form-)
# Các thông điệp này được đưa nguyên văn vào HTML và Markdown: không dùng <, >, & hay |.

report-title = Báo cáo mức độ sẵn sàng lãnh đạo
report-page-title = Báo cáo mức độ sẵn sàng lãnh đạo: { $name }
report-unnamed = Chưa có tên
report-self-title = { $name }, tự đánh giá ngày { $date }
report-rated-title = { $role ->
    [manager] { $name }, do quản lý trực tiếp đánh giá ngày { $date }
    [peer] { $name }, do một đồng nghiệp đánh giá ngày { $date }
    [report] { $name }, do một nhân viên cấp dưới đánh giá ngày { $date }
   *[coach] { $name }, do huấn luyện viên đánh giá ngày { $date }
}
report-label = { $label }:
report-summary = Tóm tắt
report-readiness = Mức độ sẵn sàng
report-readiness-means = các phẩm chất đạt mục tiêu đến đâu
report-barrier-load = Mức độ rào cản
report-barrier-load-means = các rào cản kìm hãm mạnh đến đâu
report-largest-gaps = Khoảng cách lớn nhất
report-active-barriers = Rào cản đang tác động
report-none = không có
report-traits = Phẩm chất
report-barriers = Rào cản
report-trait = Phẩm chất
report-barrier = Rào cản
report-level = Mức
report-severity = Mức độ
report-target = Mục tiêu
report-threshold = Ngưỡng
report-chart-target = Biểu đồ (┃ = mục tiêu)
report-chart-threshold = Biểu đồ (┃ = ngưỡng)
report-note-gap = còn khoảng cách
report-note-active = đang tác động
report-too-few-answers = quá ít câu trả lời
report-plan = Kế hoạch
report-no-action = Không có khoảng cách hay rào cản đang tác động nào cần hành động.
report-within-days = Trong vòng { $days } ngày
report-done-when = Hoàn thành khi:
report-since = Từ ngày { $date }
report-how = Cách tính các số liệu này
report-method = Mỗi nhận định được trả lời theo thang điểm của bộ tiêu chí; các nhận định đảo chiều được quy đổi ngược lại trước. Mức của một khía cạnh là trung bình các câu trả lời, quy về 0–100% của thang điểm, và chỉ được tính khi ít nhất một nửa số nhận định của khía cạnh đó có câu trả lời. Khoảng cách của một phẩm chất là mức trung bình còn thiếu bao nhiêu so với mục tiêu; một rào cản được coi là đang tác động khi mức của nó chạm ngưỡng. Mỗi hành động được soạn chủ yếu cho một khía cạnh: hành động đó được tính trọn khoảng cách có trọng số (hoặc rào cản đang tác động) của khía cạnh ấy và một nửa của mỗi khía cạnh khác mà nó hỗ trợ, và kế hoạch chọn trước hành động tốt nhất cho từng khía cạnh cấp thiết nhất. Trọng số, mục tiêu và ngưỡng là nhận định của người soạn bộ tiêu chí, và với ba đến năm nhận định cho mỗi khía cạnh, mỗi mức chỉ là một phép đo sơ bộ: các kết quả này phục vụ sự phát triển của chính người được đánh giá, không dùng để tuyển chọn hay xếp hạng con người.
report-rubrics = Bộ tiêu chí: { $list }.
report-dimension = Khía cạnh
report-then = Trước
report-now = Nay
report-change = Thay đổi
report-barriers-off = Rào cản không còn tác động: { $names }
report-barriers-on = Rào cản nay đang tác động: { $names }
report-no-switch = Không có rào cản nào bắt đầu hay thôi tác động.
report-left-plan = Đã rời kế hoạch: { $actions }
report-new-in-plan = Mới trong kế hoạch: { $actions }
report-done = Đã xong: { $action }
report-360 = Góc nhìn 360
report-360-of = Góc nhìn 360: { $name }
report-rated-by = Người đánh giá: { $raters }.
report-self = Tự đánh giá
report-others = Người khác
report-as-barrier = { $name } (rào cản)
md-gap = Khoảng cách
md-status = Trạng thái
md-met = đã đạt
md-below = dưới ngưỡng
md-no-action-yet = Hiện chưa cần hành động nào.
md-days = { $days } ngày
md-score = điểm { $score }
md-plan-of = Kế hoạch: { $who }
md-assessment = bản đánh giá { $id }
md-what-moved = Những gì đã thay đổi: { $before } → { $after }
md-in-days = { $action } ({ $days } ngày)
chart-traits-title = Mức các phẩm chất so với mục tiêu
chart-barriers-title = Mức độ các rào cản
chart-short-of-target = chưa đạt mục tiêu
chart-target-met = đã đạt mục tiêu
chart-target = mục tiêu
chart-threshold = ngưỡng
chart-below-threshold = dưới ngưỡng
form-title-self = Bản tự đánh giá năng lực lãnh đạo của bạn ({ $name })
form-title-others = Góp ý về { $name }
form-answered = Đã trả lời { $answered }/{ $total }
form-intro-self = { $count } nhận định về cách bạn làm việc, mất khoảng { $minutes } phút. Hãy trả lời theo những gì đã thực sự diễn ra trong vài tháng qua, không phải theo điều bạn dự định.
form-intro-others = { $count } nhận định về cách { $name } làm việc, theo những gì bạn thấy với tư cách { $role ->
    [manager] quản lý trực tiếp của họ
    [peer] đồng nghiệp
    [report] nhân viên cấp dưới của họ
    [coach] huấn luyện viên của họ
   *[self] chính bạn
}, mất khoảng { $minutes } phút. Hãy trả lời theo những gì bạn đã thấy; chọn { $cant_say } khi bạn chưa thấy đủ để đánh giá.
form-no-name = Trang này không hỏi tên bạn. { $anonymity }
form-anonymity-group = Câu trả lời và nhận xét từ vai trò của bạn chỉ được hiển thị theo nhóm từ ba người trở lên; nếu ít hơn, chúng được gộp chung với của người khác hoặc bị bỏ ra, để không câu trả lời nào có thể lần ra bạn. Nhận xét được hiển thị đúng như bạn viết: hãy bỏ bớt những chi tiết có thể làm lộ bạn.
form-anonymity-known = Vì bạn là một người được biết rõ, câu trả lời và nhận xét của bạn được hiển thị như góc nhìn của vai trò bạn.
form-keys = Với bàn phím: phím Tab chuyển giữa các nhận định, phím mũi tên chuyển giữa các câu trả lời, một chữ số sẽ trả lời nhận định đang chọn và chuyển sang nhận định tiếp theo, { $key } là { $cant_say }.
form-keep = Những gì bạn nhập không rời khỏi trang này trừ khi bạn gửi tệp. Để bạn có thể dừng lại và quay lại sau, câu trả lời được giữ trong trình duyệt này, trên thiết bị này, cho đến khi bạn lưu tệp; khi lưu tệp, chúng sẽ được xóa.
form-cant-say = Không đánh giá được
form-note = Ghi chú về “{ $dimension }” (không bắt buộc)
form-own-words = Bằng lời của bạn
form-own-words-hint = Các mục dưới đây đều không bắt buộc. Hãy nói cụ thể: bạn đã thấy gì, và điều đó sẽ tạo ra khác biệt gì.
form-start-self = Bắt đầu: bạn nên bắt đầu làm gì?
form-stop-self = Dừng: bạn nên thôi làm gì?
form-continue-self = Tiếp tục: bạn nên tiếp tục làm gì?
form-start = Bắt đầu: { $name } nên bắt đầu làm gì?
form-stop = Dừng: { $name } nên thôi làm gì?
form-continue = Tiếp tục: { $name } nên tiếp tục làm gì?
form-save = Lưu tệp câu trả lời
form-saved = Đã lưu
form-send-back = Hãy gửi lại tệp đó cho người đã nhờ bạn. Nếu không thấy tệp nào xuất hiện (một số chương trình thư và điện thoại chặn tải xuống), hãy sao chép đoạn văn bản bên dưới vào thư hoặc vào một tệp văn bản.
form-copy-label = Tệp câu trả lời, để sao chép
form-saved-as = Câu trả lời của bạn đã được lưu thành { $file }.
form-saved-as-left = Câu trả lời của bạn đã được lưu thành { $file } ({ $left } nhận định chưa trả lời, được lưu là “Không đánh giá được”).
form-mail-title = Góp ý về { $name }: bạn cần làm gì
form-mail-ask = { $name } đang hoàn thiện cách lãnh đạo của mình và rất mong nhận được góp ý của bạn. Bạn chỉ cần mở một trang trong trình duyệt: không cần tài khoản, không phải cài đặt chương trình nào.
form-mail-open = Mở trang dành cho vai trò của bạn (đính kèm) bằng bất kỳ trình duyệt hiện hành nào, trên máy tính hay điện thoại. Trang hoạt động ngoại tuyến và không gửi gì đi đâu cả.
form-mail-answer = Trả lời từng nhận định theo những gì bạn đã thấy; chọn "Không đánh giá được" khi bạn chưa thấy đủ. Phần nhận xét không bắt buộc, nhưng rất được trân trọng.
form-mail-save = Nhấn "Lưu tệp câu trả lời" rồi gửi lại cho tôi tệp vừa được lưu. Nếu không thấy tệp nào, hãy sao chép đoạn văn bản mà trang hiển thị vào thư trả lời.
form-mail-which = Trang nào, và mất bao lâu:
form-mail-who = { $role ->
    [self] { $name }, tự đánh giá
    [manager] quản lý trực tiếp của { $name }
    [peer] đồng nghiệp của { $name }
    [report] nhân viên cấp dưới của { $name }
   *[coach] huấn luyện viên của { $name }
}
form-mail-page = { $file }: { $who }; { $count } nhận định, khoảng { $minutes } phút
form-mail-who-sees = Ai thấy gì: trang không bao giờ hỏi tên bạn. Câu trả lời của đồng nghiệp và nhân viên cấp dưới trực tiếp chỉ được hiển thị theo nhóm từ ba người trở lên; nếu ít hơn, chúng được gộp với câu trả lời của người khác, hoặc bị bỏ ra khi có quá ít người đứng sau. Câu trả lời của quản lý trực tiếp và của huấn luyện viên được hiển thị theo vai trò, vì mỗi vai trò là một người đã biết rõ. Nhận xét cũng được hiển thị theo cách đó, đúng như đã viết.
form-mail-by = Vui lòng gửi lại tệp cho tôi trước ngày: ____________
form-error-subject = --subject phải ghi tên người được đánh giá bằng văn bản thuần, ví dụ --subject "Nguyễn Văn An"
form-wrote-kit = đã ghi { $count } trang và { $mail } vào { $dir }: hãy gửi cho mỗi người đánh giá trang dành cho vai trò của họ, kèm nội dung của { $mail } trong thư
form-wrote = đã ghi { $path } ({ $count } nhận định cho { $role ->
    [manager] quản lý trực tiếp
    [peer] đồng nghiệp
    [report] nhân viên cấp dưới
    [coach] huấn luyện viên
   *[self] người tự đánh giá
})
