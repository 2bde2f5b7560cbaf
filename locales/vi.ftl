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
