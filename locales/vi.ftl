# Thông điệp của leadgap bằng tiếng Việt. Xưng hô: "bạn", rõ ràng và chuyên nghiệp.

## Số lượng

files-count = { $count } tệp

## Lỗi

error-no-input = { $path }: không có tệp hoặc thư mục này
error-store = không ghi được vào kho dữ liệu tại `{ $path }`: { $reason }
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

report-title = Báo cáo mức sẵn sàng lãnh đạo
report-page-title = Báo cáo mức sẵn sàng lãnh đạo: { $name }
report-unnamed = Chưa có tên
report-self-title = { $name }, tự đánh giá ngày { $date }
report-rated-title = { $role ->
    [manager] { $name }, do quản lý trực tiếp đánh giá ngày { $date }
    [peer] { $name }, do một đồng nghiệp đánh giá ngày { $date }
    [report] { $name }, do một cấp dưới trực tiếp đánh giá ngày { $date }
   *[coach] { $name }, do huấn luyện viên đánh giá ngày { $date }
}
report-label = { $label }:
report-summary = Tóm tắt
report-readiness = Mức sẵn sàng
report-readiness-means = các phẩm chất đạt mục tiêu đến đâu
report-barrier-load = Mức rào cản
report-barrier-load-means = các rào cản kìm hãm mạnh đến đâu
report-largest-gaps = Khoảng cách lớn nhất
report-active-barriers = Rào cản đang tác động
report-none = không có
report-traits = Phẩm chất
report-barriers = Rào cản
report-trait = Phẩm chất
report-barrier = Rào cản
report-level = Mức
report-severity = Mức nghiêm trọng
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
md-assessment = bài đánh giá { $id }
md-what-moved = Những gì đã thay đổi: { $before } → { $after }
md-in-days = { $action } ({ $days } ngày)
chart-traits-title = Mức các phẩm chất so với mục tiêu
chart-barriers-title = Mức nghiêm trọng của các rào cản
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
    [report] cấp dưới trực tiếp của họ
    [coach] huấn luyện viên của họ
   *[self] chính bạn
}, mất khoảng { $minutes } phút. Hãy trả lời theo những gì bạn đã thấy; chọn { $cant_say } khi bạn chưa thấy đủ để đánh giá.
form-no-name = Trang này không hỏi tên bạn. { $anonymity }
form-anonymity-group = Câu trả lời và nhận xét từ vai trò của bạn chỉ được hiển thị theo nhóm từ ba người trở lên; nếu ít hơn, chúng được gộp chung với câu trả lời của người khác hoặc bị bỏ ra, để không ai lần ra được câu trả lời nào là của bạn. Nhận xét được hiển thị đúng như bạn viết: hãy bỏ bớt những chi tiết có thể làm lộ bạn.
form-anonymity-known = Vì vai trò của bạn chỉ có một người và người xem biết đó là ai, câu trả lời và nhận xét của bạn được hiển thị như góc nhìn của vai trò đó.
form-keys = Với bàn phím: phím Tab chuyển giữa các nhận định, phím mũi tên chuyển giữa các câu trả lời, một chữ số sẽ trả lời nhận định đang chọn và chuyển sang nhận định tiếp theo, phím { $key } chọn { $cant_say }.
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
form-mail-answer = Trả lời từng nhận định theo những gì bạn đã thấy; chọn “Không đánh giá được” khi bạn chưa thấy đủ. Phần nhận xét không bắt buộc, nhưng rất được trân trọng.
form-mail-save = Nhấn “Lưu tệp câu trả lời” rồi gửi lại cho tôi tệp vừa được lưu. Nếu không thấy tệp nào, hãy sao chép đoạn văn bản mà trang hiển thị vào thư trả lời.
form-mail-which = Trang nào, và mất bao lâu:
form-mail-who = { $role ->
    [self] { $name }, tự đánh giá
    [manager] quản lý trực tiếp của { $name }
    [peer] đồng nghiệp của { $name }
    [report] cấp dưới trực tiếp của { $name }
   *[coach] huấn luyện viên của { $name }
}
form-mail-page = { $file }: { $who }; { $count } nhận định, khoảng { $minutes } phút
form-mail-who-sees = Ai thấy gì: trang không bao giờ hỏi tên bạn. Câu trả lời của đồng nghiệp và của cấp dưới trực tiếp chỉ được hiển thị theo nhóm từ ba người trở lên; nếu ít hơn, chúng được gộp với câu trả lời của người khác, hoặc bị bỏ ra khi có quá ít người trả lời. Câu trả lời của quản lý trực tiếp và của huấn luyện viên được hiển thị theo vai trò, vì mỗi vai trò chỉ có một người và người xem biết đó là ai. Nhận xét cũng được hiển thị theo cách đó, đúng như đã viết.
form-mail-by = Vui lòng gửi lại tệp cho tôi trước ngày: ____________
form-error-subject = --subject phải ghi tên người được đánh giá bằng văn bản thuần, ví dụ --subject "Nguyễn Văn An"
form-wrote-kit = đã ghi { $count } trang và { $mail } vào { $dir }: hãy gửi cho mỗi người đánh giá trang dành cho vai trò của họ, kèm nội dung của { $mail } trong thư
form-wrote = đã ghi { $path } ({ $count } nhận định cho { $role ->
    [manager] quản lý trực tiếp
    [peer] đồng nghiệp
    [report] cấp dưới trực tiếp
    [coach] huấn luyện viên
   *[self] người tự đánh giá
})
## Đọc tệp: câu trả lời, bảng câu trả lời, bộ tiêu chí

input-is-directory = là một thư mục
input-not-regular = không phải là tệp thông thường (có thể là đường ống hoặc thiết bị?)
input-regular-only = { $what }; leadgap chỉ đọc tệp thông thường
input-too-large = tệp lớn hơn { $kib } KiB; leadgap không nhận tệp lớn như vậy
input-not-utf8 = tệp không phải UTF-8 hợp lệ (byte lỗi ở vị trí { $offset }); hãy lưu lại dưới dạng UTF-8
input-row-too-long = có một dòng dài hơn { $kib } KiB; leadgap không nhận dòng dài như vậy
files-is-symlink = là một liên kết tượng trưng
files-not-regular = không phải là tệp thông thường
files-regular-only = { $what }; leadgap chỉ ghi đè lên tệp thông thường hoặc ghi vào tên mới
files-no-such-directory = không có thư mục này
files-cannot-write-in = không ghi được vào { $dir }: { $why }
answers-empty-file = tệp trống; tệp câu trả lời cần có bảng [answers] (`leadgap template` sẽ tạo sẵn)
answers-date-is-time = `date` { $value } là một giờ trong ngày; hãy ghi ngày bạn trả lời, ví dụ 2026-11-22
answers-rubrics-empty = `rubrics` đang trống; hãy ghi ít nhất một mã bộ tiêu chí hoặc bỏ hẳn khóa này
answers-rubric-twice = bộ tiêu chí `{ $id }` được liệt kê hai lần trong `rubrics`; mỗi mã chỉ ghi một lần
answers-rubric-not-loaded = bộ tiêu chí `{ $id }` chưa được nạp (xem `leadgap rubric list`; thêm bằng --rubrics DIR)
answers-missing-table = thiếu bảng [answers]; hãy ghi từng câu trả lời trong bảng này theo dạng `question-id = 1..5` (xem `leadgap template`)
answers-question-other-rubric = ; câu này thuộc bộ tiêu chí `{ $rubric }`, nhưng `rubrics` của tệp không có bộ đó
answers-did-you-mean = ; có phải ý bạn là `{ $near }`?
answers-question-unknown = câu hỏi `{ $id }` không có trong các bộ tiêu chí của tệp này{ $hint }
answers-outside-scale = câu hỏi `{ $id }`: { $value } nằm ngoài thang điểm { $min }..{ $max }
answers-not-whole = { $value } không phải là số nguyên
answers-not-number = { $value } không phải là số
answers-array-not-number = một danh sách không phải là số
answers-table-not-number = một bảng không phải là số
answers-kind-not-number = giá trị kiểu { $kind } không phải là số
answers-bad-value = câu hỏi `{ $id }`: { $what }; hãy trả lời bằng một số nguyên từ { $min } đến { $max }, hoặc "skip"
answers-comment-not-text = nhận xét `{ $topic }`: giá trị kiểu { $kind } không phải là văn bản; hãy đặt trong dấu ngoặc kép
answers-rater-unknown = người đánh giá `{ $rater }` không thuộc self, manager, peer, report, coach
answers-comment-topic-unknown = nhận xét `{ $topic }` không phải start, stop, continue, cũng không phải mã khía cạnh của các bộ tiêu chí trong tệp này
answers-comment-too-long = nhận xét `{ $topic }` có { $count } ký tự; tối đa là { $max }
answers-cannot-read = không đọc được: { $reason }
answers-cannot-read-header = không đọc được dòng tiêu đề: { $reason }
answers-table-empty = tệp trống; dòng đầu tiên phải đặt tên cho các cột
answers-column-twice = cột `{ $column }` xuất hiện hai lần (cột { $first } và { $second }); mỗi câu hỏi hoặc trường chỉ nên có một cột
answers-row-length = dòng có { $len } trường, còn dòng tiêu đề có { $expected }
answers-no-sheet = sổ tính không có trang tính nào
answers-not-xlsx = không phải sổ tính Excel (.xlsx) đọc được: { $reason }
answers-sheet-empty = trang tính đầu tiên trống; dòng đầu tiên của nó phải đặt tên cho các cột
answers-date-out-of-range = ngày { $value } nằm ngoài phạm vi cho phép
answers-cell-error = ô này chứa lỗi ({ $error }), không phải câu trả lời
answers-column-unknown = cột `{ $column }` không phải mã câu hỏi của các bộ tiêu chí đã nạp (cũng không phải nội dung câu hỏi, hay thứ gì kết thúc bằng [question-id]), và cũng không thuộc { $fields }, start, stop, continue, `comment: DIMENSION-ID`; để bỏ qua cột này, hãy thêm { $flag }
answers-column-question = câu hỏi `{ $id }`
answers-column-comment = nhận xét `{ $topic }`
answers-columns-same = cột { $first } và cột { $second } đều là { $what }; mỗi câu hỏi hoặc trường chỉ nên có một cột
answers-bad-date = ngày `{ $value }` không hợp lệ; hãy ghi theo dạng 2026-11-22
finding-blind-spot = điểm mù
finding-hidden-strength = điểm mạnh tiềm ẩn
rubric-not-loaded = bộ tiêu chí `{ $id }` chưa được nạp; `leadgap rubric list` liệt kê các bộ đã nạp
rubric-empty-file = tệp trống; một bộ tiêu chí cần có `id`, `title`, `version`, `kind` và ít nhất một [[dimension]]
rubric-unknown-field-hint = {" "}(tên trường được kiểm tra: hãy xem lại chính tả)

## Kiểm tra bộ tiêu chí

check-what = { $what ->
    [rubric] bộ tiêu chí
    [dimension] khía cạnh
    [question] câu hỏi
   *[action] hành động
}
check-bad-id = mã { check-what } `{ $id }` phải khớp [a-z0-9][a-z0-9-]*: chữ thường, chữ số và dấu gạch ngang
check-id-empty = mã { check-what } không được để trống
check-id-taken = mã { check-what } `{ $id }` đã được dùng trong { $first }; các mã phải là duy nhất trong mọi bộ tiêu chí đã nạp
check-field-empty = `{ $field }` không được để trống
check-scale-order = giá trị nhỏ nhất của thang điểm ({ $min }) phải nhỏ hơn giá trị lớn nhất ({ $max })
check-scale-bounds = giới hạn thang điểm phải nằm trong -{ $limit }..={ $limit }
check-scale-labels = thang điểm { $min }..{ $max } cần đúng { $want } nhãn, mỗi mức một nhãn, nhưng đang có { $count }
check-no-dimension = bộ tiêu chí `{ $id }` không có [[dimension]] nào; hãy thêm ít nhất một
check-action-field-empty = hành động `{ $id }`: `{ $field }` không được để trống
check-horizon = hành động `{ $id }`: thời hạn { $horizon } phải là 30, 60 hoặc 90 (ngày)
check-addresses-empty = hành động `{ $id }`: `addresses` phải ghi ít nhất một mã khía cạnh
check-owner-action = hành động `{ $id }`
check-owner-dimension = khía cạnh `{ $id }`
check-owner-question = câu hỏi `{ $id }`
check-name-empty = khía cạnh `{ $id }`: `name` không được để trống
check-weight-positive = khía cạnh `{ $id }`: trọng số { $weight } phải là số lớn hơn 0
check-weight-range = khía cạnh `{ $id }`: trọng số { $weight } nằm ngoài phạm vi; trọng số là tương đối, hãy giữ trong khoảng { $min } đến { $max }
check-threshold-in-traits = khía cạnh `{ $id }`: `threshold` dành cho rào cản; bộ tiêu chí phẩm chất dùng `target`
check-target-range = khía cạnh `{ $id }`: mục tiêu { $target } phải lớn hơn giá trị nhỏ nhất của thang điểm ({ $min }) và không vượt quá giá trị lớn nhất ({ $max })
check-default-target = khía cạnh `{ $id }`: mục tiêu mặc định { $target } nằm ngoài thang điểm { $min }..{ $max }; hãy đặt `target`
check-target-in-barriers = khía cạnh `{ $id }`: `target` dành cho phẩm chất; bộ tiêu chí rào cản dùng `threshold`
check-threshold-range = khía cạnh `{ $id }`: ngưỡng { $threshold } phải lớn hơn 0 và tối đa là 1
check-no-questions = khía cạnh `{ $id }` chưa có câu hỏi nào; hãy thêm ít nhất một [[dimension.question]]
check-question-id-empty = khía cạnh `{ $id }`: mã câu hỏi không được để trống
check-text-empty = câu hỏi `{ $id }`: `text` không được để trống
check-text-others-empty = câu hỏi `{ $id }`: `text_others` không được để trống; nếu không cần thì hãy bỏ đi
check-observers-empty = { $owner }: `observers` phải ghi ít nhất một trong self, manager, peer, report, coach
check-observer = { $owner }: người quan sát: { $reason }
check-listed-twice = { $owner }: `{ $id }` được liệt kê hai lần trong `{ $field }`; mỗi mã chỉ ghi một lần
check-related-unknown = khía cạnh `{ $id }`: mã liên quan `{ $related }` không phải khía cạnh của bộ tiêu chí nào đã nạp
check-addresses-unknown = hành động `{ $id }`: nhắm tới `{ $dimension }`, nhưng đó không phải khía cạnh của bộ tiêu chí nào đã nạp

## Default scale

scale-strongly-disagree = Hoàn toàn không đồng ý
scale-disagree = Không đồng ý
scale-neither = Trung lập
scale-agree = Đồng ý
scale-strongly-agree = Hoàn toàn đồng ý
## Màn hình: bảng hỏi (ask-), chọn phần (choose-), checkin, template, forget

ask-not-a-terminal = `leadgap assess` đặt câu hỏi trong terminal, nhưng stdin hoặc stderr không phải là terminal. Để trả lời mà không cần terminal, hãy tạo một tệp câu trả lời trống bằng `leadgap template > answers.toml`, điền vào rồi chạy `leadgap score answers.toml`
ask-resume-hint = Các câu trả lời đến giờ đã được lưu; chạy { $command } để tiếp tục.
ask-interrupted = Đã dừng giữa chừng. { $hint }
ask-rescued = Không ghi được vào kho dữ liệu; các câu trả lời của bạn nằm trong { $path }.
ask-rescue-failed = Không ghi được vào kho dữ liệu, và cũng không ghi được ra tệp nào khác.
ask-rescued-score = Không ghi được vào kho dữ liệu; các câu trả lời của bạn nằm trong { $path }. Hãy chấm điểm sau bằng { $command }.
ask-rescue-nowhere = không ghi được vào kho dữ liệu, cũng không ghi được ra tệp nào khác
ask-unfinished-unreadable = không đọc được bài đánh giá dang dở trong { $path } ({ $reason }); sẽ bắt đầu một bài mới
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
ask-rater-manager = manager: tôi là quản lý trực tiếp của người này
ask-rater-peer = peer: tôi làm việc cùng người này
ask-rater-report = report: người này là quản lý trực tiếp của tôi
ask-rater-coach = coach: tôi là huấn luyện viên của người này
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
choose-screener-offer = Ngoài hai phần cốt lõi ({ $core }), leadgap còn { $parts } phần khác. { $count } nhận định ngắn có thể cho thấy phần nào phù hợp với bạn.
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
checkin-title = Cập nhật tiến độ leadgap: { $count } hành động đang mở trong kế hoạch lập ngày { $date }.
checkin-how = Với mỗi hành động: đã xong, đã bắt đầu, chưa làm hay bỏ, rồi thêm ghi chú nếu muốn.
checkin-done-when = Hoàn thành khi: { $text }
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
    Thay mỗi "skip" bằng câu trả lời của bạn, rồi chạy: leadgap score FILE
    Để nguyên "skip" ở những câu bạn không trả lời được; một khía cạnh cần có câu
    trả lời cho ít nhất một nửa số câu hỏi thì mới được chấm điểm.
template-scale = Thang điểm: { $legend }
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
forget-what = hãy cho biết cần xóa gì: mã của một bài đánh giá (xem `leadgap history`), --client NAME cho dữ liệu của một khách hàng, hoặc --all cho tất cả
forget-nothing = Không có gì để xóa: không có dữ liệu này.
forget-assessment = bài đánh giá { $id }
forget-client = mọi thứ được lưu cho khách hàng `{ $client }` ({ $files })
forget-everything = mọi thứ leadgap lưu trong { $path } ({ $files }; các bộ tiêu chí của riêng bạn vẫn được giữ)
forget-will-delete = leadgap forget sẽ xóa { $files }:
forget-not-asking = sẽ không xóa { $what } khi chưa hỏi ý bạn; hãy chạy lệnh trong terminal, hoặc thêm --yes
forget-confirm = Xóa { $what }? Không thể hoàn tác.
forget-nothing-deleted = Chưa xóa gì.
forget-removed = đã xóa { $path }
forget-done = Đã xóa { $what }.
## Bảng, kế hoạch và thông báo của các lệnh

table-na = không áp dụng
table-none = không có
table-unnamed = Chưa có tên
table-list-comma = {", "}
table-list-and = { $rest } và { $last }
table-meta-comma = {", "}
table-who = { $subject } ({ $meta })
table-rater-self = tự đánh giá
table-rater-manager = quản lý trực tiếp
table-rater-peer = đồng nghiệp
table-rater-report = cấp dưới trực tiếp
table-rater-coach = huấn luyện viên
table-kind-traits = phẩm chất
table-kind-barriers = rào cản
table-kind-trait = phẩm chất
table-kind-barrier = rào cản
table-group-self = Tự đánh giá
table-group-managers = { $count ->
    [1] Quản lý trực tiếp
   *[other] Quản lý trực tiếp ({ $count })
}
table-group-coaches = { $count ->
    [1] Huấn luyện viên
   *[other] Huấn luyện viên ({ $count })
}
table-group-peers = Đồng nghiệp ({ $count })
table-group-reports = Cấp dưới trực tiếp ({ $count })
table-raters-self = tự đánh giá
table-raters-selves = { $count } bản tự đánh giá
table-raters-managers = { $count } quản lý trực tiếp
table-raters-peers = { $count } đồng nghiệp
table-raters-reports = { $count } cấp dưới trực tiếp
table-raters-coaches = { $count } huấn luyện viên
table-raters-none = chưa có ai đánh giá
table-raters-withheld = ; không hiển thị góc nhìn của người khác: khi có ít hơn { $min } người đánh giá ngoài chính người đó, câu trả lời có thể bị lần ra là của ai
table-raters-folded = ; { $groups } chỉ được tính vào nhóm Người khác, để không câu trả lời nào có thể bị lần ra là của ai
table-findings-no-comparison = Không thể so sánh
table-findings-withheld = góc nhìn của người khác bị ẩn vì có quá ít người đánh giá.
table-findings-no-self = chưa có bản tự đánh giá.
table-findings-no-others = chưa có ai khác đánh giá người này.
table-findings-delta = tự đánh giá trừ đánh giá của người khác, tính bằng điểm trên thang điểm; với một rào cản, Δ âm nghĩa là người khác thấy rào cản đó rõ hơn.
table-findings-blind-spots = Điểm mù
table-findings-blind-spots-text = tự đánh giá cao hơn góc nhìn của người khác từ { $gap } điểm trở lên: { $list }.
table-findings-hidden-strengths = Điểm mạnh tiềm ẩn
table-findings-hidden-strengths-text = góc nhìn của người khác cao hơn tự đánh giá từ { $gap } điểm trở lên: { $list }.
table-finding = { $label }: { $text }
table-better = tốt hơn
table-worse = kém hơn
table-same = như cũ
table-too-few = quá ít: { $answered }/{ $questions }
table-result-note = Mức, mục tiêu, ngưỡng và khoảng cách tính theo % của thang điểm. Kết quả này dành cho sự phát triển của chính bạn, không dùng để tuyển chọn hay xếp hạng con người.
table-headline = Mức sẵn sàng { $readiness }  ·  Mức rào cản { $barrier_load }
table-rubric-readiness = mức sẵn sàng { $value }
table-rubric-barrier-load = mức rào cản { $value }
table-head-trait = Phẩm chất
table-head-level = Mức
table-head-target = Mục tiêu
table-head-gap = Khoảng cách
table-head-barrier = Rào cản
table-head-severity = Mức nghiêm trọng
table-head-threshold = Ngưỡng
table-head-status = Trạng thái
table-met = đã đạt
table-active = đang tác động
table-below = dưới ngưỡng
table-no-plan = Chưa có kế hoạch
table-no-plan-line = { $label }: { $why }.
table-no-plan-too-few = chưa có khía cạnh nào đủ câu trả lời để chấm điểm
table-no-plan-nothing = không có khoảng cách hay rào cản đang tác động nào cần đến kế hoạch
table-head-when = Thời hạn
table-head-action = Hành động
table-head-score = Điểm
table-done-when = Hoàn thành khi:
table-days = { $count } ngày
table-head-id = Mã
table-head-date = Ngày
table-head-subject = Người được đánh giá
table-head-rater = Người đánh giá
table-head-readiness = Mức sẵn sàng
table-head-barrier-load = Mức rào cản
table-assessment = bài đánh giá { $id }
table-compared = So sánh:
table-head-dimension = Khía cạnh
table-head-kind = Loại
table-head-then = Trước
table-head-now = Nay
table-head-change = Thay đổi
table-barriers-off = Rào cản không còn tác động:
table-barriers-on = Rào cản nay đang tác động:
table-barriers-same = Không có rào cản nào bắt đầu hay thôi tác động.
table-plan-same = Các hành động hàng đầu của kế hoạch vẫn như cũ.
table-plan-left = Đã rời kế hoạch:
table-plan-new = Mới trong kế hoạch:
table-plan-item = { $text } ({ $days })
table-done-between = Đã xong trong khoảng thời gian này:
table-360-title = { $subject }: góc nhìn 360
table-head-others = Người khác
table-blind-spot = điểm mù
table-hidden-strength = điểm mạnh tiềm ẩn
feedback-comments = Nhận xét
feedback-comments-manager = Quản lý trực tiếp
feedback-comments-peers = Đồng nghiệp
feedback-comments-reports = Cấp dưới trực tiếp
feedback-comments-coach = Huấn luyện viên
feedback-comments-others = Người khác
feedback-comments-withheld = { $count } nhận xét bị ẩn: có quá ít người đánh giá.
cohort-title = Nhóm:
cohort-respondents = { $count } người trả lời
cohort-median = trung vị { $median } (IQR { $q1 }–{ $q3 })
cohort-place = { $value }, bách phân vị { $percentile }
cohort-me = Tôi: { $who } — mức sẵn sàng { $readiness }, mức rào cản { $barrier_load }
cohort-head-active = Đang tác động
cohort-head-mean = TB
cohort-head-sd = ĐLC
cohort-head-median = Trung vị
cohort-head-iqr = IQR
cohort-head-alpha = Alpha
cohort-head-me = Tôi
cohort-head-pct = BPV
cohort-note = Các mức tính theo % của thang điểm; IQR từ tứ phân vị thứ nhất đến thứ ba. TB: trung bình; ĐLC: độ lệch chuẩn. Khoảng cách, Đang tác động: tỷ lệ người có khoảng cách hoặc có rào cản đang tác động. Alpha: hệ số alpha Cronbach của các câu hỏi trong khía cạnh (theo từng cặp); dưới 0.7 nghĩa là chúng không cùng đo tốt một điều.
cohort-note-me = {" "}Tôi: người được chỉ định bằng --me; BPV: bách phân vị của người đó trong nhóm.
cohort-weak-item = { $question } trong { $dimension } (r = { $r })
cohort-weak = Các câu hỏi không ăn khớp với phần còn lại của khía cạnh (tương quan câu hỏi–tổng đã hiệu chỉnh dưới { $under }): { $list }.
plan-title = Kế hoạch của bạn
plan-top = { $title }: { $shown } hành động hàng đầu trong số { $count }, xếp theo mức ưu tiên từ cao xuống thấp
plan-status-todo = chưa làm
plan-status-doing = đang làm
plan-status-done = đã xong
plan-status-dropped = đã bỏ
plan-status-doing-since = đang làm từ ngày { $day }
plan-status-done-on = đã xong ngày { $day }
plan-status-dropped-on = đã bỏ ngày { $day }
plan-origin-own = tự thêm
plan-origin-earlier = kế hoạch trước
plan-summary = Lập ngày { $made } (bài đánh giá { $assessment }) · trả lời lại vào ngày { $again } · đã xong { $done }/{ $count }
plan-none-added = không có khoảng cách hay rào cản đang tác động nào cần đến kế hoạch, và bạn chưa tự thêm hành động nào
plan-due = hạn { $day }
plan-overdue = quá hạn
plan-note = Ghi chú { $day }:
plan-hint-steps = Cập nhật một hành động bằng `leadgap plan start|done|drop|undo ID`, thêm ghi chú bằng `leadgap plan note ID TEXT`, hoặc xem lại tất cả bằng `leadgap checkin`.
plan-no-action = Hiện chưa cần hành động nào.
plan-md-title = Kế hoạch: { $who }
plan-progress = Tiến độ kế hoạch
plan-done-line = { $text } (đã xong ngày { $day })
rubric-show-head-statements = Nhận định
rubric-show-head-version = Phiên bản
rubric-show-head-title = Tiêu đề
rubric-show-from = từ { $source }
rubric-show-about = ({ $id }, phiên bản { $version }, { $kind })
rubric-show-scale = Thang điểm: { $labels }
rubric-show-target = mục tiêu { $goal } của thang điểm
rubric-show-threshold = tác động từ { $goal } của thang điểm
rubric-show-dimension = [{ $id }] trọng số { $weight }, { $setting }
rubric-show-head-question = Câu hỏi
rubric-show-head-statement = Nhận định
rubric-show-head-keyed = Chiều
rubric-show-reverse = đảo chiều
rubric-show-actions = Hành động
rubric-show-action = { $id }  ·  { $days }  ·  cho { $primary }
rubric-show-also = {" "}(và cả { $others })
ics-calendar = Kế hoạch leadgap: { $subject }
ics-now = Hiện tại: { $status }. Đánh dấu đã xong bằng `leadgap plan done { $id }`.
ics-reassess = Trả lời lại bảng hỏi leadgap
ics-reassess-description = Chạy `leadgap assess`, rồi `leadgap compare` sẽ cho thấy những gì đã thay đổi kể từ khi lập kế hoạch.
plan-ics-not-saved = `--format ics` là lịch của kế hoạch hiện tại: hãy chạy `leadgap plan --format ics`, không kèm mã bài đánh giá
plan-record-unreadable = không đọc được bản ghi kế hoạch { $path } ({ $reason }); những gì đã làm trong kế hoạch sẽ không được tính
plan-note-empty = ghi chú cần có nội dung
plan-noted = Đã ghi chú cho `{ $action }`
plan-already = `{ $action }` vốn đã ở trạng thái { $status }
plan-undone = Đã hoàn tác thay đổi gần nhất của `{ $action }`: hiện ở trạng thái { $status }
plan-now = `{ $action }` chuyển sang trạng thái { $status } từ ngày { $day }
plan-said = { $said }.
plan-said-with-note = { $said }, kèm một ghi chú.
plan-nothing-to-undo = không có gì để hoàn tác: `{ $action }` chưa từng đổi trạng thái
plan-unknown-action = không có hành động `{ $action }` trong kế hoạch hiện tại; `leadgap plan` liệt kê các mã ở cột Mã, và `leadgap plan --format json` ở trường `id`
plan-add-empty = một hành động cần có nội dung và --done-when cho biết điều gì chứng tỏ đã xong
plan-add-unknown-dimension = không có khía cạnh `{ $dimension }` trong các bộ tiêu chí đã nạp; `leadgap rubric show ID` liệt kê các khía cạnh của một bộ tiêu chí
plan-add-twice = `{ $dimension }` xuất hiện hai lần trong --addresses
plan-add-not-an-id = `{ $id }` không phải là mã: chỉ gồm chữ thường, chữ số và `-`, bắt đầu bằng chữ hoặc số, ví dụ `weekly-skip-level`
plan-add-taken = mã `{ $id }` đã được một hành động khác dùng; hãy chọn mã khác bằng --id
plan-added = Đã thêm `{ $id }` vào kế hoạch của bạn, hạn { $day }.
saved-damaged = bỏ qua tệp bị hỏng { $path }: { $reason }
saved-someone = một người
saved-self-view = bản tự đánh giá của { $who }
saved-other-view = góc nhìn của { $rater } về { $who }
saved-none = chưa có bài đánh giá nào được lưu; hãy chạy { $assess } hoặc { $score }
saved-none-for-client = chưa có bài đánh giá nào được lưu cho khách hàng `{ $client }`; hãy chạy { $assess } hoặc { $score }
saved-no-such = không có bài đánh giá đã lưu `{ $id }`; { $history } liệt kê chúng
saved-compare-one = cần hai bài đánh giá đã lưu để so sánh, hiện chỉ có một; vài tháng nữa hãy trả lời lại bằng { $assess }
saved-compare-views = đang so sánh { $before } với { $after }: thay đổi có thể đến từ góc nhìn khác, không phải từ thay đổi của người đó
saved-report-format = leadgap viết báo cáo dạng HTML hoặc Markdown, không phải `.{ $ext }`; hãy đặt tên tệp .html hoặc .md, hoặc chọn bằng --format (báo cáo HTML có thể in ra PDF từ trình duyệt)
saved-report-feedback-not-self = bỏ qua --feedback: báo cáo này không phải của một bản tự đánh giá
saved-report-feedback-skipped = đã bỏ qua { $count } tệp góp ý: về người khác, hoặc là bản tự đánh giá
saved-wrote = đã ghi { $path }
score-plan-needs-csv = --plan chọn các dòng của --format csv (mỗi dòng một hành động trong kế hoạch); hãy thêm --format csv, hoặc bỏ --plan: các định dạng khác đã có kế hoạch
score-progress = đã chấm { $count } tệp ({ $rate })
score-saved-as = { $file }: đã lưu với mã { $id }
score-summary = đã chấm { $count } tệp, { $failed } tệp lỗi, trong { $seconds } giây
score-nothing = không có gì để chấm: không có tệp câu trả lời *.toml nào trong các thư mục đã cho, và không có dòng nào trong các tệp CSV
cohort-items-needs-csv = --items chọn các dòng của --format csv (mỗi dòng một câu hỏi); hãy thêm --format csv
cohort-none-scored = không chấm được tệp câu trả lời nào; không có nhóm nào để mô tả
cohort-none-by-raters = không có tệp câu trả lời nào của những người đánh giá đã chọn bằng --rater; không có nhóm nào để mô tả
cohort-too-small = nhóm có { $count } người; bách phân vị chỉ hiển thị từ { $min } người trở lên
feedback-named-twice = { $count } tệp câu trả lời được nêu nhiều lần; mỗi tệp chỉ tính một lần
feedback-nameless = bỏ qua { $count } tệp câu trả lời: không ghi `subject`, nên không thể đặt cạnh góc nhìn của ai
feedback-nobody = không có tệp câu trả lời nào về { $subject }
feedback-none-scored = không chấm được tệp câu trả lời nào
rubric-show-unknown-text = { $what } không có trong bộ tiêu chí `{ $rubric }`
rubric-show-missing-texts = { $file }: thiếu { $count } đoạn văn bản, đang hiển thị bằng tiếng Anh: { $list }
rubric-show-check-ok = ok: { $file } — bộ tiêu chí `{ $rubric }`: { $dimensions } khía cạnh, { $questions } câu hỏi, { $actions } hành động
hint-no-command = không có lệnh `{ $name }`; `leadgap help` liệt kê các lệnh
store-no-home = không tìm thấy thư mục cấu hình cho leadgap; hãy đặt LEADGAP_HOME hoặc dùng --home DIR
store-warning = leadgap: cảnh báo: { $message }
store-home-not-a-folder = không phải là thư mục; hãy đặt LEADGAP_HOME (hoặc --home) là một thư mục
store-client-name = tên khách hàng `{ $name }` không có chữ cái hay chữ số nào; hãy dùng tên như `jane-doe`
store-symlink = là một liên kết tượng trưng; leadgap không đi theo liên kết bên trong kho dữ liệu của mình
store-symlink-not-followed = một liên kết tượng trưng, không đi theo ra ngoài kho dữ liệu
store-not-a-file = không phải là tệp thông thường
store-not-regular = không phải là tệp thông thường
store-privacy-symlink = { $path } là một liên kết tượng trưng; leadgap không đi theo liên kết bên trong kho dữ liệu của mình, nên nội dung nó trỏ tới không được dùng
store-privacy-readable = người dùng khác có thể đọc { $path }; `chmod { $mode } { $path }` giữ nó riêng tư
store-record-damaged = không đọc được ({ $reason }); hãy chuyển nó sang chỗ khác để bắt đầu lại bản ghi kế hoạch
store-client-moved = đã chuyển { $from } sang { $to }: giờ mỗi khách hàng có thư mục riêng
store-client-old-folder = { $folder } do leadgap 0.1 ghi, khi đó tên thư mục của các khách hàng khác nhau có thể trùng nhau; thư mục này không được đọc là của `{ $client }`. Hãy chuyển nó sang { $to } nếu mọi thứ trong đó đều là của họ
store-no-such-assessment = không có bài đánh giá đã lưu `{ $id }`; `leadgap history` liệt kê chúng

## Lists

# Between the items of a list written on one line.
list-separator = {"; "}
