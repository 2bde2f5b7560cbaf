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
answers-bad-date = `{ $value }` không phải ngày hợp lệ, ví dụ 2026-11-22
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
