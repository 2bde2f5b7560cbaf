# leadgap 的简体中文消息。称呼统一用"你"，简洁、专业。

## 计数

files-count = { $count } 个文件

## 错误

error-no-input = { $path }：没有这个文件或目录
error-store = 无法写入位于 `{ $path }` 的数据存储：{ $reason }
error-interrupted = 已中断
io-not-found = 没有这个文件或目录
io-permission-denied = 没有权限
io-already-exists = 已经存在
io-is-a-directory = 这是一个目录
io-not-a-directory = 不是目录
io-storage-full = 设备空间已满
io-read-only = 文件系统为只读
io-invalid-data = 内容无效
