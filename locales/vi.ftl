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

## Màn hình: bảng hỏi (ask-), chọn phần (choose-), checkin, template, forget

ask-not-a-terminal = `leadgap assess` đặt câu hỏi trong terminal, nhưng stdin hoặc stderr không phải là terminal. Để trả lời mà không cần terminal, hãy tạo một tệp câu trả lời trống bằng `leadgap template > answers.toml`, điền vào rồi chạy `leadgap score answers.toml`
ask-resume-hint = Các câu trả lời đến giờ đã được lưu; chạy { $command } để tiếp tục.
ask-interrupted = Đã dừng giữa chừng. { $hint }
ask-rescued = Không ghi được vào kho dữ liệu; các câu trả lời của bạn nằm trong { $path }.
ask-rescue-failed = Không ghi được vào kho dữ liệu, và cũng không ghi được ra tệp nào khác.
ask-rescued-score = Không ghi được vào kho dữ liệu; các câu trả lời của bạn nằm trong { $path }. Hãy chấm điểm sau bằng { $command }.
ask-rescue-nowhere = không ghi được vào kho dữ liệu, cũng không ghi được ra tệp nào khác
ask-unfinished-unreadable = không đọc được bài đánh giá dang dở trong { $path } ({ $reason }); bắt đầu một bài mới
ask-in-progress = Bạn có một bài đánh giá đang làm dở, bắt đầu ngày { $date }: đã trả lời { $answered } trên { $total } nhận định.
ask-resume = Làm tiếp bài này?
ask-discard = Làm lại từ đầu và bỏ { $count } câu trả lời đó?
ask-nothing-changed = Không có gì thay đổi: các câu trả lời vẫn được lưu. Chạy { $command } khi bạn muốn làm tiếp.
ask-saved = Đã lưu: đã trả lời { $answered } trên { $total } nhận định. Chạy { $command } để làm tiếp từ chỗ đã dừng.
ask-saved-skipped = Đã lưu: đã trả lời { $answered } trên { $total } nhận định, bỏ qua { $skipped }. Chạy { $command } để làm tiếp từ chỗ đã dừng.
ask-intro-title = leadgap: bạn đang ở đâu trên con đường lên Giám đốc hay Phó chủ tịch (VP)
ask-intro-private = Các câu trả lời của bạn được lưu trong { $path } và không bao giờ rời khỏi máy này.
ask-intro-size = { $count } nhận định, trong { $parts } phần: { $titles }. Khoảng { $minutes } phút.
ask-intro-how = Hãy trả lời theo đúng thực tế hiện nay, không phải theo điều bạn mong muốn. Bỏ qua những gì bạn không đánh giá được; có thể quay lại bất cứ lúc nào; lưu và thoát để làm tiếp sau.
ask-subject = Những câu trả lời này nói về ai?
ask-subject-default = Tôi
ask-rater = Ai đang trả lời?
ask-rater-self = self: tôi trả lời về chính mình
ask-rater-manager = manager: tôi là quản lý của người này
ask-rater-peer = peer: tôi làm việc cùng người này
ask-rater-report = report: người này là quản lý của tôi
ask-rater-coach = coach: tôi là coach của người này
ask-store-warning = leadgap: cảnh báo: { $reason }
ask-carrying-on = Vẫn tiếp tục: các câu trả lời được giữ trong bộ nhớ và sẽ được ghi ra tệp khi kết thúc.
ask-question-vanished = câu hỏi `{ $id }` không còn trong các bộ tiêu chí đã nạp
ask-how-far = Bạn đồng ý đến mức nào?
ask-skip = Bỏ qua câu này
ask-back = Quay lại câu trước
ask-save-and-quit = Lưu và thoát (làm tiếp sau)
ask-keys-digits = { $min }–{ $max } trả lời · ↑↓ và Enter chọn · s bỏ qua · b quay lại · q lưu và thoát
ask-keys = ↑↓ và Enter chọn · s bỏ qua · b quay lại · q lưu và thoát
ask-yes = có
ask-no = không
ask-comments-intro = Cuối cùng, hãy viết bằng lời của bạn (không bắt buộc: nhấn Enter để bỏ qua).
ask-comment-start-self = Bắt đầu: bạn nên bắt đầu làm gì?
ask-comment-stop-self = Dừng: bạn nên thôi làm gì?
ask-comment-continue-self = Tiếp tục: bạn nên tiếp tục làm gì?
ask-comment-start-other = Bắt đầu: { $name } nên bắt đầu làm gì?
ask-comment-stop-other = Dừng: { $name } nên thôi làm gì?
ask-comment-continue-other = Tiếp tục: { $name } nên tiếp tục làm gì?
ask-they = người này
ask-label-saved = bài đánh giá { $id }
ask-label-not-saved = chưa lưu
ask-answers-written = Đã ghi các câu trả lời vào { $path }.
ask-saved-as = Đã lưu với mã { $id } trong { $path }. Xem lại kế hoạch bằng { $plan }; ba tháng nữa, hãy chạy lại { $assess } và { $compare } sẽ cho thấy những gì đã thay đổi.
ask-answers-safe = các câu trả lời của bạn vẫn an toàn trong { $path }; khi ghi được vào kho dữ liệu, hãy lưu chúng bằng { $command }
ask-answers-still-unfinished = các câu trả lời vẫn nằm trong bài đánh giá dang dở của kho dữ liệu; hãy chạy lại { $command } khi ghi được vào kho dữ liệu
choose-screener-offer = Ngoài cặp phần cốt lõi ({ $core }), leadgap còn { $parts } phần khác. { $count } nhận định ngắn có thể cho thấy phần nào phù hợp với bạn.
choose-screener-ask = Trả lời các nhận định này trước?
choose-screener-place = Câu hỏi sàng lọc [{ $place }/{ $total }]
choose-skip = Bỏ qua
choose-keys = 1–5 trả lời · ↑↓ và Enter chọn · s bỏ qua
choose-part = { $title } ({ $count } nhận định)
choose-fits = phù hợp với câu trả lời của bạn
choose-which = Bạn sẽ trả lời phần nào? (phím cách để chọn, Enter khi xong)
choose-at-least-one = Hãy chọn ít nhất một phần.
checkin-not-a-terminal = `leadgap checkin` hỏi trong terminal, nhưng stdin hoặc stderr không phải là terminal. Khi không có terminal, hãy cập nhật kế hoạch bằng `leadgap plan start|done|drop|undo ACTION [--note TEXT] [--on YYYY-MM-DD]` và `leadgap plan note ACTION TEXT`; `leadgap plan` liệt kê các hành động và mã của chúng
checkin-resume-hint = Những gì bạn đã ghi nhận trước đó vẫn được giữ; { $command } sẽ hiển thị chúng.
checkin-nothing-open = Kế hoạch không còn việc nào đang mở: mọi hành động đều đã xong hoặc đã bỏ.
checkin-nothing-open-hint = Hãy thêm hành động của riêng bạn bằng `leadgap plan add`, hoặc trả lời lại bằng `leadgap assess`.
checkin-title = leadgap – cập nhật tiến độ: { $count } hành động đang mở trong kế hoạch lập ngày { $date }.
checkin-how = Với mỗi hành động: đã xong, đã bắt đầu, chưa làm hay bỏ, rồi thêm ghi chú nếu muốn.
checkin-done-when = Xong khi: { $text }
checkin-now = Hiện tại: { $status }; hạn { $due }
checkin-now-overdue = Hiện tại: { $status }; hạn { $due }, đã quá hạn
checkin-done = Đã xong
checkin-started = Đã bắt đầu
checkin-in-progress = Vẫn đang làm
checkin-not-yet = Chưa làm
checkin-drop = Bỏ (không đề xuất lại trong 180 ngày)
checkin-where = Việc này đến đâu rồi?
checkin-note = Ghi chú: đã làm gì, bằng chứng là gì (Enter nếu không có)
checkin-nothing-changed = Không có gì thay đổi. Hãy cập nhật lại khi có tiến triển.
checkin-recorded = Đã ghi nhận. `leadgap plan --format ics` đưa các ngày đến hạn vào lịch của bạn.
template-title = tệp câu trả lời leadgap
template-how =
    Thay mỗi "skip" bằng câu trả lời của bạn, rồi chạy: leadgap score TỆP
    Để nguyên "skip" ở những câu bạn không trả lời được; một khía cạnh cần có câu
    trả lời cho ít nhất một nửa số câu hỏi thì mới được chấm điểm.
template-scale = Thang đo: { $legend }
template-your-name = Tên của bạn
template-raters = self, manager, peer, report hoặc coach
template-date = không bắt buộc: ngày bạn trả lời
template-about =
    Mỗi nhận định nói về { $name }, theo những gì bạn đã thấy người này làm việc;
    các nhận định mà vai trò của bạn ({ $rater }) không đánh giá được đã được lược bỏ.
template-about-unnamed =
    Mỗi nhận định nói về người được đánh giá, theo những gì bạn đã thấy người này làm
    việc; các nhận định mà vai trò của bạn ({ $rater }) không đánh giá được đã được
    lược bỏ.
template-the-person = Người được đánh giá
forget-what = hãy cho biết cần xoá gì: mã một bài đánh giá (xem `leadgap history`), --client TÊN cho dữ liệu của một khách hàng, hoặc --all cho tất cả
forget-nothing = Không có gì để xoá: không có dữ liệu này.
forget-assessment = bài đánh giá { $id }
forget-client = mọi thứ được lưu cho khách hàng `{ $client }` ({ $files })
forget-everything = mọi thứ leadgap lưu trong { $path } ({ $files }; các bộ tiêu chí của riêng bạn vẫn được giữ)
forget-will-delete = leadgap forget sẽ xoá { $files }:
forget-not-asking = không xoá { $what } khi chưa hỏi; hãy chạy trong terminal, hoặc thêm --yes
forget-confirm = Xoá { $what }? Không thể hoàn tác.
forget-nothing-deleted = Chưa xoá gì.
forget-removed = đã xoá { $path }
forget-done = Đã xoá { $what }.
