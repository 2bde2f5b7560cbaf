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

## 读取文件：答卷、答卷表格、评估量表

input-is-directory = 是一个目录
input-not-regular = 不是普通文件（可能是管道或设备？）
input-regular-only = { $what }；leadgap 只读取普通文件
input-too-large = 文件超过 { $kib } KiB；leadgap 不接受这么大的文件
input-not-utf8 = 文件不是有效的 UTF-8（第 { $offset } 字节处有错误）；请另存为 UTF-8
input-row-too-long = 有一行超过 { $kib } KiB；leadgap 不接受这么长的行
files-is-symlink = 是一个符号链接
files-not-regular = 不是普通文件
files-regular-only = { $what }；leadgap 只会覆盖普通文件或写入新文件名
files-no-such-directory = 没有这个目录
files-cannot-write-in = 无法写入 { $dir }：{ $why }
answers-empty-file = 文件为空；答卷文件需要一个 [answers] 表（`leadgap template` 会生成一个）
answers-date-is-time = `date` { $value } 是一天中的某个时刻；请填写作答的日期，例如 2026-11-22
answers-rubrics-empty = `rubrics` 为空；请至少写一个量表 id，或者删掉这个键
answers-rubric-twice = 量表 `{ $id }` 在 `rubrics` 中出现了两次；每个 id 只写一次
answers-rubric-not-loaded = 量表 `{ $id }` 尚未加载（见 `leadgap rubric list`；可用 --rubrics DIR 添加）
answers-missing-table = 缺少 [answers] 表；请把每个答案写在表下，格式为 `question-id = 1..5`（见 `leadgap template`）
answers-question-other-rubric = ；它属于量表 `{ $rubric }`，但本文件的 `rubrics` 没有列出该量表
answers-did-you-mean = ；你是不是想写 `{ $near }`？
answers-question-unknown = 题目 `{ $id }` 不在本文件所用的量表中{ $hint }
answers-outside-scale = 题目 `{ $id }`：{ $value } 超出了量表范围 { $min }..{ $max }
answers-not-whole = { $value } 不是整数
answers-not-number = { $value } 不是数字
answers-array-not-number = 列表不是数字
answers-table-not-number = 表不是数字
answers-kind-not-number = { $kind } 类型的值不是数字
answers-bad-value = 题目 `{ $id }`：{ $what }；请填写 { $min } 到 { $max } 之间的整数，或填 "skip"
answers-comment-not-text = 评语 `{ $topic }`：{ $kind } 类型的值不是文本；请用引号括起来
answers-rater-unknown = 评价人 `{ $rater }` 不是 self、manager、peer、report、coach 之一
answers-comment-topic-unknown = 评语 `{ $topic }` 既不是 start、stop、continue，也不是本文件所用量表中的维度 id
answers-comment-too-long = 评语 `{ $topic }` 有 { $count } 个字符；最多 { $max } 个
answers-cannot-read = 无法读取：{ $reason }
answers-cannot-read-header = 无法读取标题行：{ $reason }
answers-table-empty = 文件为空；第一行必须写明各列的名称
answers-column-twice = 列 `{ $column }` 出现了两次（第 { $first } 列和第 { $second } 列）；每个题目或字段只占一列
answers-row-length = 这一行有 { $len } 个字段，而标题行有 { $expected } 个
answers-no-sheet = 工作簿中没有工作表
answers-not-xlsx = 不是可读取的 Excel 工作簿（.xlsx）：{ $reason }
answers-sheet-empty = 第一个工作表为空；它的第一行必须写明各列的名称
answers-date-out-of-range = 日期 { $value } 超出范围
answers-cell-error = 该单元格中是一个错误（{ $error }），不是答案
answers-column-unknown = 列 `{ $column }` 既不是已加载量表中的题目 id（也不是题目原文，或以 [question-id] 结尾的内容），也不是 { $fields }、start、stop、continue、`comment: DIMENSION-ID` 之一；如要忽略该列，请加上 { $flag }
answers-column-question = 题目 `{ $id }`
answers-column-comment = 评语 `{ $topic }`
answers-columns-same = 第 { $first } 列和第 { $second } 列都是{ $what }；每个题目或字段只占一列
answers-bad-date = `{ $value }` 不是有效日期，日期格式如 2026-11-22
finding-blind-spot = 盲点
finding-hidden-strength = 隐藏优势
rubric-not-loaded = 量表 `{ $id }` 尚未加载；`leadgap rubric list` 会列出已加载的量表
rubric-empty-file = 文件为空；量表需要 `id`、`title`、`version`、`kind`，以及至少一个 [[dimension]]
rubric-unknown-field-hint = （字段名会被检查：请注意拼写）

## 检查量表

check-what = { $what ->
    [rubric] 量表
    [dimension] 维度
    [question] 题目
   *[action] 行动
}
check-bad-id = { check-what } id `{ $id }` 必须符合 [a-z0-9][a-z0-9-]*：小写字母、数字和连字符
check-id-empty = { check-what } id 不能为空
check-id-taken = { check-what } id `{ $id }` 已在 { $first } 中使用；所有已加载量表中的 id 必须唯一
check-field-empty = `{ $field }` 不能为空
check-scale-order = 量表最小值（{ $min }）必须小于最大值（{ $max }）
check-scale-bounds = 量表上下限必须在 -{ $limit }..={ $limit } 之内
check-scale-labels = 量表 { $min }..{ $max } 需要正好 { $want } 个标签，每个分值一个，但现在有 { $count } 个
check-no-dimension = 量表 `{ $id }` 没有任何 [[dimension]]；请至少添加一个
check-action-field-empty = 行动 `{ $id }`：`{ $field }` 不能为空
check-horizon = 行动 `{ $id }`：期限 { $horizon } 必须是 30、60 或 90（天）
check-addresses-empty = 行动 `{ $id }`：`addresses` 必须至少写一个维度 id
check-owner-action = 行动 `{ $id }`
check-owner-dimension = 维度 `{ $id }`
check-owner-question = 题目 `{ $id }`
check-name-empty = 维度 `{ $id }`：`name` 不能为空
check-weight-positive = 维度 `{ $id }`：权重 { $weight } 必须是大于 0 的数
check-weight-range = 维度 `{ $id }`：权重 { $weight } 超出范围；权重是相对的，请保持在 { $min } 到 { $max } 之间
check-threshold-in-traits = 维度 `{ $id }`：`threshold` 用于障碍；特质量表用 `target`
check-target-range = 维度 `{ $id }`：目标 { $target } 必须高于量表最小值（{ $min }），且不超过最大值（{ $max }）
check-default-target = 维度 `{ $id }`：默认目标 { $target } 超出量表范围 { $min }..{ $max }；请设置 `target`
check-target-in-barriers = 维度 `{ $id }`：`target` 用于特质；障碍量表用 `threshold`
check-threshold-range = 维度 `{ $id }`：阈值 { $threshold } 必须大于 0 且不超过 1
check-no-questions = 维度 `{ $id }` 没有题目；请至少添加一个 [[dimension.question]]
check-question-id-empty = 维度 `{ $id }`：题目 id 不能为空
check-text-empty = 题目 `{ $id }`：`text` 不能为空
check-text-others-empty = 题目 `{ $id }`：`text_others` 不能为空；不需要的话请删掉
check-observers-empty = { $owner }：`observers` 必须至少写 self、manager、peer、report、coach 中的一个
check-observer = { $owner }：观察者：{ $reason }
check-listed-twice = { $owner }：`{ $id }` 在 `{ $field }` 中出现了两次；每个 id 只写一次
check-related-unknown = 维度 `{ $id }`：相关 id `{ $related }` 不是任何已加载量表中的维度
check-addresses-unknown = 行动 `{ $id }`：指向 `{ $dimension }`，但它不是任何已加载量表中的维度

## Default scale

scale-strongly-disagree = 非常不同意
scale-disagree = 不同意
scale-neither = 中立
scale-agree = 同意
scale-strongly-agree = 非常同意
