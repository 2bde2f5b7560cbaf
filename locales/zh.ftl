# leadgap 的简体中文消息。称呼统一用“你”，简洁、专业。
# 术语：rubric＝题库，scale＝量表，rater＝评价者，peer＝同级同事，report＝直接下属。

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

## 报告、Markdown、图表与评价者表单（report-、md-、chart-、form-）
# 这些消息会原样写入 HTML 和 Markdown：不要使用 <、>、& 或 |。

report-title = 领导力准备度报告
report-page-title = 领导力准备度报告：{ $name }
report-unnamed = 未具名
report-self-title = { $name }，{ $date } 的自评
report-rated-title = { $role ->
    [manager] { $name }，{ $date } 由上级评价
    [peer] { $name }，{ $date } 由一位同级同事评价
    [report] { $name }，{ $date } 由一位直接下属评价
   *[coach] { $name }，{ $date } 由教练评价
}
report-label = { $label }：
report-summary = 概要
report-readiness = 准备度
report-readiness-means = 各项特质达到目标的程度
report-barrier-load = 障碍负荷
report-barrier-load-means = 各项障碍的阻碍程度
report-largest-gaps = 差距最大的方面
report-active-barriers = 起作用的障碍
report-none = 无
report-traits = 特质
report-barriers = 障碍
report-trait = 特质
report-barrier = 障碍
report-level = 水平
report-severity = 严重程度
report-target = 目标
report-threshold = 阈值
report-chart-target = 图示（┃ = 目标）
report-chart-threshold = 图示（┃ = 阈值）
report-note-gap = 有差距
report-note-active = 起作用
report-too-few-answers = 作答太少
report-plan = 计划
report-no-action = 没有需要采取行动的差距或起作用的障碍。
report-within-days = { $days } 天内
report-done-when = 完成标准：
report-since = 自 { $date } 以来
report-how = 这些数字是如何得出的
report-method = 每条陈述都按题库的量表作答；反向计分的陈述会先做反转。一个维度的水平是其各项回答的平均值在量表上所处的位置（0–100%），且只有在至少一半的陈述得到回答时才计分。特质的差距是其平均值距离目标还差多少；障碍的水平达到阈值时，该障碍即为起作用。每项行动主要针对一个维度编写：它完整计入该维度的加权差距（或起作用的障碍），并对它所帮助的其他每个维度计入一半；计划会先为最紧迫的各个维度分别选出最佳行动。权重、目标和阈值出自题库作者的判断，而每个维度只有三到五条陈述，因此每个水平都只是粗略的衡量：这些结果用于个人自身的发展，而不是用于选拔人员或给人排名。
report-rubrics = 题库：{ $list }。
report-dimension = 维度
report-then = 之前
report-now = 现在
report-change = 变化
report-barriers-off = 不再起作用的障碍：{ $names }
report-barriers-on = 新近起作用的障碍：{ $names }
report-no-switch = 没有障碍开始或停止起作用。
report-left-plan = 移出计划：{ $actions }
report-new-in-plan = 新列入计划：{ $actions }
report-done = 已完成：{ $action }
report-360 = 360 度视角
report-360-of = 360 度视角：{ $name }
report-rated-by = 评价者：{ $raters }。
report-self = 自评
report-others = 他评
report-as-barrier = { $name }（障碍）
md-gap = 差距
md-status = 状态
md-met = 已达到
md-below = 低于阈值
md-no-action-yet = 目前还不需要采取行动。
md-days = { $days } 天
md-score = 得分 { $score }
md-plan-of = 计划：{ $who }
md-assessment = 评估 { $id }
md-what-moved = 变化：{ $before } → { $after }
md-in-days = { $action }（{ $days } 天）
chart-traits-title = 特质水平与目标对比
chart-barriers-title = 障碍严重程度
chart-short-of-target = 未达目标
chart-target-met = 已达目标
chart-target = 目标
chart-threshold = 阈值
chart-below-threshold = 低于阈值
form-title-self = 你的领导力自评（{ $name }）
form-title-others = 关于 { $name } 的反馈
form-answered = 已回答 { $answered }/{ $total }
form-intro-self = 共 { $count } 条关于你工作方式的陈述，约需 { $minutes } 分钟。请根据过去几个月的实际情况作答，而不是你打算怎样做。
form-intro-others = 共 { $count } 条关于 { $name } 工作方式的陈述，请以{ $role ->
    [manager] 其上级
    [peer] 其同级同事
    [report] 其直接下属
    [coach] 其教练
   *[self] 你自己
}的身份作答，约需 { $minutes } 分钟。请只根据你亲眼所见作答；观察不够的地方请选择{ $cant_say }。
form-no-name = 本页面不会询问你的姓名。{ $anonymity }
form-anonymity-group = 你这一角色的回答和评语只会以三人及以上的群组形式呈现；人数不足时，会与其他人的回答合并或不予显示，因此任何回答都无法追溯到你。评语会按原文显示：请略去可能暴露你身份的内容。
form-anonymity-known = 你这一角色只有你一人，身份明确，因此你的回答和评语会作为该角色的看法显示。
form-keys = 使用键盘：Tab 键在陈述之间移动，方向键在选项之间移动，按数字键即回答当前陈述并跳到下一条，{ $key } 表示{ $cant_say }。
form-keep = 除非你发送文件，否则你输入的任何内容都不会离开本页面。为了让你可以中途离开再回来，在你保存文件之前，你的回答会保留在这台设备的这个浏览器中；保存文件后即清除。
form-cant-say = 无法判断
form-note = 关于“{ $dimension }”的备注（选填）
form-own-words = 用你自己的话说
form-own-words-hint = 以下各项均为选填。请尽量具体：你看到了什么，以及改变会带来什么不同。
form-start-self = 开始：你应该开始做什么？
form-stop-self = 停止：你应该停止做什么？
form-continue-self = 继续：你应该继续做什么？
form-start = 开始：{ $name } 应该开始做什么？
form-stop = 停止：{ $name } 应该停止做什么？
form-continue = 继续：{ $name } 应该继续做什么？
form-save = 保存答卷文件
form-saved = 已保存
form-send-back = 请把该文件发回给邀请你的人。如果没有出现文件（有些邮件程序和手机会阻止下载），请把下面的文本复制到邮件或文本文件中。
form-copy-label = 答卷文件（供复制）
form-saved-as = 你的回答已保存为 { $file }。
form-saved-as-left = 你的回答已保存为 { $file }（有 { $left } 条陈述未作答，已记为“无法判断”）。
form-mail-title = 关于 { $name } 的反馈：需要你做什么
form-mail-ask = { $name } 正在改进自己的领导方式，很希望听到你的看法。只需在浏览器中打开一个页面：无需注册账号，也无需安装任何程序。
form-mail-open = 在任意较新版本的浏览器中打开与你的角色对应的页面（见附件），电脑或手机均可。页面可离线使用，不会向任何地方发送数据。
form-mail-answer = 根据你的观察回答每条陈述；观察不够的地方请选择“无法判断”。评语为选填，欢迎填写。
form-mail-save = 点击“保存答卷文件”，把保存下来的文件发回给我。如果没有出现文件，请把页面上显示的文本复制到回复邮件中。
form-mail-which = 各页面及所需时间：
form-mail-who = { $role ->
    [self] { $name } 本人，用于自评
    [manager] { $name } 的上级
    [peer] { $name } 的同级同事
    [report] { $name } 的直接下属
   *[coach] { $name } 的教练
}
form-mail-page = { $file }：{ $who }；{ $count } 条陈述，约 { $minutes } 分钟
form-mail-who-sees = 谁能看到什么：页面从不询问你的姓名。同级同事和直接下属的回答只会以三人及以上的群组形式显示；人数不足时，会与其他人的回答合并；如果作答人数太少，则不予显示。上级和教练的回答按角色显示，因为每个角色都只有一位、身份明确。评语也以同样方式按原文显示。
form-mail-by = 请在此日期前发回你的文件：____________
form-error-subject = --subject 必须用纯文本写出被评估人的名字，例如 --subject "张伟"
form-wrote-kit = 已在 { $dir } 中写入 { $count } 个页面和 { $mail }：请把每个角色对应的页面发给相应的评价者，并在邮件中附上 { $mail } 的内容
form-wrote = 已写入 { $path }（供{ $role ->
    [manager] 上级
    [peer] 同级同事
    [report] 直接下属
    [coach] 教练
   *[self] 本人
}使用的 { $count } 条陈述）
## 读取文件：答卷、答卷表格、题库

input-is-directory = 是一个目录
input-not-regular = 不是普通文件（可能是管道或设备？）
input-regular-only = { $what }；leadgap 只读取普通文件
input-too-large = 文件超过 { $kib } KiB；leadgap 不接受这么大的文件
input-not-utf8 = 文件不是有效的 UTF-8（偏移量 { $offset } 处的字节有误）；请另存为 UTF-8 编码
input-row-too-long = 有一行超过 { $kib } KiB；leadgap 不接受这么长的行
files-is-symlink = 是一个符号链接
files-not-regular = 不是普通文件
files-regular-only = { $what }；leadgap 只会覆盖普通文件，或写入新文件
files-no-such-directory = 没有这个目录
files-cannot-write-in = 无法写入 { $dir }：{ $why }
answers-empty-file = 文件为空；答卷文件需要一个 [answers] 表（`leadgap template` 会生成一个）
answers-date-is-time = `date` { $value } 是时刻而不是日期；请填写作答的日期，例如 2026-11-22
answers-rubrics-empty = `rubrics` 为空；请至少写一个题库 id，或者删掉这个键
answers-rubric-twice = 题库 `{ $id }` 在 `rubrics` 中出现了两次；每个 id 只写一次
answers-rubric-not-loaded = 题库 `{ $id }` 尚未加载（见 `leadgap rubric list`；可用 --rubrics DIR 添加）
answers-missing-table = 缺少 [answers] 表；请把每个答案写在表下，格式为 `question-id = 1..5`（见 `leadgap template`）
answers-question-other-rubric = ；它属于题库 `{ $rubric }`，但本文件的 `rubrics` 没有列出该题库
answers-did-you-mean = ；你是不是想写 `{ $near }`？
answers-question-unknown = 题目 `{ $id }` 不在本文件所用的题库中{ $hint }
answers-outside-scale = 题目 `{ $id }`：{ $value } 超出了量表范围 { $min }..{ $max }
answers-not-whole = { $value } 不是整数
answers-not-number = { $value } 不是数字
answers-array-not-number = 列表不是数字
answers-table-not-number = 表不是数字
answers-kind-not-number = { $kind } 类型的值不是数字
answers-bad-value = 题目 `{ $id }`：{ $what }；请填写 { $min } 到 { $max } 之间的整数，或填 "skip"
answers-comment-not-text = 评语 `{ $topic }`：{ $kind } 类型的值不是文本；请用引号括起来
answers-rater-unknown = 评价者 `{ $rater }` 不是 self、manager、peer、report、coach 之一
answers-comment-topic-unknown = 评语 `{ $topic }` 既不是 start、stop、continue，也不是本文件所用题库中的维度 id
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
answers-cell-error = 该单元格包含错误值（{ $error }），而不是答案
answers-column-unknown = 列 `{ $column }` 既不是已加载题库中的题目 id（也不是题目原文，或以 [question-id] 结尾的内容），也不是 { $fields }、start、stop、continue、`comment: DIMENSION-ID` 之一；如要忽略该列，请加上 { $flag }
answers-column-question = 题目 `{ $id }`
answers-column-comment = 评语 `{ $topic }`
answers-columns-same = 第 { $first } 列和第 { $second } 列都是{ $what }；每个题目或字段只占一列
answers-bad-date = `{ $value }` 不是有效日期，日期格式如 2026-11-22
finding-blind-spot = 盲点
finding-hidden-strength = 隐藏优势
rubric-not-loaded = 题库 `{ $id }` 尚未加载；`leadgap rubric list` 会列出已加载的题库
rubric-empty-file = 文件为空；题库需要 `id`、`title`、`version`、`kind`，以及至少一个 [[dimension]]
rubric-unknown-field-hint = （字段名会被检查：请注意拼写）

## 检查题库

check-what = { $what ->
    [rubric] 题库
    [dimension] 维度
    [question] 题目
   *[action] 行动
}
check-bad-id = { check-what } id `{ $id }` 必须符合 [a-z0-9][a-z0-9-]*：小写字母、数字和连字符
check-id-empty = { check-what } id 不能为空
check-id-taken = { check-what } id `{ $id }` 已在 { $first } 中使用；所有已加载题库中的 id 必须唯一
check-field-empty = `{ $field }` 不能为空
check-scale-order = 量表最小值（{ $min }）必须小于最大值（{ $max }）
check-scale-bounds = 量表上下限必须在 -{ $limit }..={ $limit } 之内
check-scale-labels = 量表 { $min }..{ $max } 需要正好 { $want } 个标签，每个分值一个，但现在有 { $count } 个
check-no-dimension = 题库 `{ $id }` 没有任何 [[dimension]]；请至少添加一个
check-action-field-empty = 行动 `{ $id }`：`{ $field }` 不能为空
check-horizon = 行动 `{ $id }`：期限 { $horizon } 必须是 30、60 或 90（天）
check-addresses-empty = 行动 `{ $id }`：`addresses` 必须至少写一个维度 id
check-owner-action = 行动 `{ $id }`
check-owner-dimension = 维度 `{ $id }`
check-owner-question = 题目 `{ $id }`
check-name-empty = 维度 `{ $id }`：`name` 不能为空
check-weight-positive = 维度 `{ $id }`：权重 { $weight } 必须是大于 0 的数
check-weight-range = 维度 `{ $id }`：权重 { $weight } 超出范围；权重是相对的，请保持在 { $min } 到 { $max } 之间
check-threshold-in-traits = 维度 `{ $id }`：`threshold` 用于障碍；特质题库用 `target`
check-target-range = 维度 `{ $id }`：目标 { $target } 必须高于量表最小值（{ $min }），且不超过最大值（{ $max }）
check-default-target = 维度 `{ $id }`：默认目标 { $target } 超出量表范围 { $min }..{ $max }；请设置 `target`
check-target-in-barriers = 维度 `{ $id }`：`target` 用于特质；障碍题库用 `threshold`
check-threshold-range = 维度 `{ $id }`：阈值 { $threshold } 必须大于 0 且不超过 1
check-no-questions = 维度 `{ $id }` 没有题目；请至少添加一个 [[dimension.question]]
check-question-id-empty = 维度 `{ $id }`：题目 id 不能为空
check-text-empty = 题目 `{ $id }`：`text` 不能为空
check-text-others-empty = 题目 `{ $id }`：`text_others` 不能为空；不需要的话请删掉
check-observers-empty = { $owner }：`observers` 必须至少写 self、manager、peer、report、coach 中的一个
check-observer = { $owner }：`observers` 中的{ $reason }
check-listed-twice = { $owner }：`{ $id }` 在 `{ $field }` 中出现了两次；每个 id 只写一次
check-related-unknown = 维度 `{ $id }`：相关 id `{ $related }` 不是任何已加载题库中的维度
check-addresses-unknown = 行动 `{ $id }`：指向 `{ $dimension }`，但它不是任何已加载题库中的维度

## 默认量表

scale-strongly-disagree = 非常不同意
scale-disagree = 不同意
scale-neither = 中立
scale-agree = 同意
scale-strongly-agree = 非常同意
## 界面：问卷（ask-）、选择部分（choose-）、checkin、template、forget

ask-not-a-terminal = `leadgap assess` 在终端中提问，但 stdin 或 stderr 不是终端。如果不用终端作答，请用 `leadgap template > answers.toml` 生成空白答卷，填好后运行 `leadgap score answers.toml`
ask-resume-hint = 你目前的回答已保存；运行 { $command } 即可继续。
ask-interrupted = 已中断。{ $hint }
ask-rescued = 无法写入数据存储；你的回答保存在 { $path }。
ask-rescue-failed = 无法写入数据存储，也无法写入其他位置的文件。
ask-rescued-score = 无法写入数据存储；你的回答保存在 { $path }。之后可用 { $command } 计分。
ask-rescue-nowhere = 既无法写入数据存储，也无法写入其他位置的文件
ask-unfinished-unreadable = 无法读取 { $path } 中未完成的评估（{ $reason }）；将开始新的评估
ask-in-progress = 你有一份进行中的评估，开始于 { $date }：已回答 { $answered }/{ $total } 条陈述。
ask-resume = 继续这份评估吗？
ask-discard = 重新开始并丢弃已有的 { $count } 条回答吗？
ask-nothing-changed = 没有任何改动：你的回答仍然保存着。想继续时运行 { $command }。
ask-saved = 已保存：已回答 { $answered }/{ $total } 条陈述。运行 { $command } 从上次停下的地方继续。
ask-saved-skipped = 已保存：已回答 { $answered }/{ $total } 条陈述，跳过 { $skipped } 条。运行 { $command } 从上次停下的地方继续。
ask-intro-title = leadgap：看看你离总监或副总裁（VP）还有多远
ask-intro-private = 你的回答保存在 { $path }，绝不会离开这台电脑。
ask-intro-size = 共 { $count } 条陈述，分 { $parts } 个部分：{ $titles }。大约需要 { $minutes } 分钟。
ask-intro-how = 请按现在的实际情况作答，而不是你希望的样子。无法判断的可以跳过；随时可以返回上一题；也可以保存退出，之后再继续。
ask-subject = 这些回答描述的是谁？
ask-subject-default = 我
ask-rater = 谁在作答？
ask-rater-self = self：我在评估自己
ask-rater-manager = manager：我是此人的上级
ask-rater-peer = peer：我与此人同级共事
ask-rater-report = report：此人是我的上级
ask-rater-coach = coach：我是此人的教练
ask-store-warning = leadgap：警告：{ $reason }
ask-carrying-on = 继续作答：你的回答暂存在内存中，结束时会写入一个文件。
ask-question-vanished = 已加载的题库中找不到题目 `{ $id }`
ask-how-far = 你在多大程度上同意？
ask-skip = 跳过这一题
ask-back = 返回上一题
ask-save-and-quit = 保存并退出（之后继续）
ask-keys-digits = { $min }–{ $max } 作答 · ↑↓ 和 Enter 选择 · s 跳过 · b 返回 · q 保存并退出
ask-keys = ↑↓ 和 Enter 选择 · s 跳过 · b 返回 · q 保存并退出
ask-yes = 是
ask-no = 否
ask-comments-intro = 最后，请用你自己的话说说（可选：按 Enter 跳过任意一项）。
ask-comment-start-self = 开始：你应该开始做什么？
ask-comment-stop-self = 停止：你应该停止做什么？
ask-comment-continue-self = 继续：你应该继续做什么？
ask-comment-start-other = 开始：{ $name } 应该开始做什么？
ask-comment-stop-other = 停止：{ $name } 应该停止做什么？
ask-comment-continue-other = 继续：{ $name } 应该继续做什么？
ask-they = 此人
ask-label-saved = 评估 { $id }
ask-label-not-saved = 未保存
ask-answers-written = 回答已写入 { $path }。
ask-saved-as = 已保存为 { $id }，位于 { $path }。用 { $plan } 再次查看计划；三个月后再运行一次 { $assess }，{ $compare } 会显示有哪些变化。
ask-answers-safe = 你的回答安全地保存在 { $path }；数据存储可写后，用 { $command } 保存它们
ask-answers-still-unfinished = 你未完成的回答仍在数据存储的未完成评估中；数据存储可写后，请再次运行 { $command }
choose-screener-offer = 除了核心的两个部分（{ $core }），leadgap 还有另外 { $parts } 个部分。回答 { $count } 条简短陈述，可以看出其中哪些适合你。
choose-screener-ask = 先回答这些陈述吗？
choose-screener-place = 预筛问题 [{ $place }/{ $total }]
choose-skip = 跳过
choose-keys = 1–5 作答 · ↑↓ 和 Enter 选择 · s 跳过
choose-part = { $title }（{ $count } 条陈述）
choose-fits = 符合你的回答
choose-which = 你要回答哪些部分？（空格键选择，完成后按 Enter）
choose-at-least-one = 请至少选择一个部分。
checkin-not-a-terminal = `leadgap checkin` 在终端中提问，但 stdin 或 stderr 不是终端。不用终端时，请用 `leadgap plan start|done|drop|undo ACTION [--note TEXT] [--on YYYY-MM-DD]` 和 `leadgap plan note ACTION TEXT` 更新计划；`leadgap plan` 会列出各项行动及其 id
checkin-resume-hint = 之前记录的内容都已保留；{ $command } 可以查看。
checkin-nothing-open = 计划中没有未完成的行动：每项行动都已完成或已放弃。
checkin-nothing-open-hint = 用 `leadgap plan add` 添加你自己的行动，或用 `leadgap assess` 重新作答。
checkin-title = leadgap 进展回顾：{ $date } 制定的计划中有 { $count } 项未完成的行动。
checkin-how = 逐项标记：已完成、已开始、尚未开始或放弃，愿意的话再写一条备注。
checkin-done-when = 完成标准：{ $text }
checkin-now = 当前：{ $status }；{ $due } 到期
checkin-now-overdue = 当前：{ $status }；{ $due } 到期，已逾期
checkin-done = 已完成
checkin-started = 已开始
checkin-in-progress = 仍在进行中
checkin-not-yet = 尚未开始
checkin-drop = 放弃（180 天内不再推荐）
checkin-where = 这项行动进展如何？
checkin-note = 备注：做了什么，有什么证据（按 Enter 跳过）
checkin-nothing-changed = 没有任何改动。有进展时再来回顾。
checkin-recorded = 已记录。`leadgap plan --format ics` 可以把到期日添加到你的日历。
template-title = leadgap 答卷
template-how =
    把每个 "skip" 换成你的回答，然后运行：leadgap score FILE
    无法回答的地方保留 "skip"；一个维度至少要回答一半的题目才会计分。
template-scale = 量表：{ $legend }
template-your-name = 你的名字
template-raters = self、manager、peer、report 或 coach
template-date = 可选：作答日期
template-about =
    每条陈述描述的都是 { $name }，请根据你所看到的此人的工作情况作答；
    你的角色（{ $rater }）无法判断的陈述已略去。
template-about-unnamed =
    每条陈述描述的都是被评估人，请根据你所看到的此人的工作情况作答；
    你的角色（{ $rater }）无法判断的陈述已略去。
template-the-person = 被评估人
forget-what = 请说明要删除什么：一份评估的 ID（见 `leadgap history`）、用 --client NAME 指定某个客户的数据，或用 --all 删除全部
forget-nothing = 没有可删除的内容：不存在这些数据。
forget-assessment = 评估 { $id }
forget-client = 为客户 `{ $client }` 保存的全部内容（{ $files }）
forget-everything = leadgap 在 { $path } 中保存的全部内容（{ $files }；你自己的题库会保留）
forget-will-delete = leadgap forget 将删除 { $files }：
forget-not-asking = 未经确认不会删除{ $what }；请在终端中运行，或加上 --yes
forget-confirm = 删除{ $what }吗？此操作无法撤销。
forget-nothing-deleted = 什么都没有删除。
forget-removed = 已删除 { $path }
forget-done = 已删除{ $what }。
## 表格、计划与命令消息

table-na = 无
table-none = 无
table-unnamed = 未具名
table-list-comma = 、
table-list-and = { $rest }、{ $last }
table-meta-comma = ，
table-who = { $subject }（{ $meta }）
table-rater-self = 自评
table-rater-manager = 上级
table-rater-peer = 同级同事
table-rater-report = 直接下属
table-rater-coach = 教练
table-kind-traits = 特质
table-kind-barriers = 障碍
table-kind-trait = 特质
table-kind-barrier = 障碍
table-group-self = 自评
table-group-managers = { $count ->
    [1] 上级
   *[other] 上级（{ $count }）
}
table-group-coaches = { $count ->
    [1] 教练
   *[other] 教练（{ $count }）
}
table-group-peers = 同级同事（{ $count }）
table-group-reports = 直接下属（{ $count }）
table-raters-self = 自评
table-raters-selves = { $count } 份自评
table-raters-managers = { $count } 位上级
table-raters-peers = { $count } 位同级同事
table-raters-reports = { $count } 位直接下属
table-raters-coaches = { $count } 位教练
table-raters-none = 无人评价
table-raters-withheld = ；不显示他人的看法：除本人外的评价者少于 { $min } 人时，回答可能被追溯到具体作答者
table-raters-folded = ；{ $groups }只计入“他评”，以免任何回答被追溯到具体的人
table-findings-no-comparison = 无法比较
table-findings-withheld = 评价者太少，他人的看法不予显示。
table-findings-no-self = 没有自评。
table-findings-no-others = 还没有其他人评价此人。
table-findings-delta = 自评减去他评，单位为量表分值；对障碍而言，Δ 为负表示他人认为该障碍更明显。
table-findings-blind-spots = 盲点
table-findings-blind-spots-text = 自评比他人的看法高出 { $gap } 分或以上：{ $list }。
table-findings-hidden-strengths = 隐藏优势
table-findings-hidden-strengths-text = 他人的看法比自评高出 { $gap } 分或以上：{ $list }。
table-finding = { $label }：{ $text }
table-better = 改善
table-worse = 变差
table-same = 不变
table-too-few = 作答太少：{ $answered }/{ $questions }
table-result-note = 水平、目标、阈值和差距均以作答量表的百分比表示。这些结果用于你自身的发展，而不是用来选拔人员或给人排名。
table-headline = 准备度 { $readiness }  ·  障碍负荷 { $barrier_load }
table-rubric-readiness = 准备度 { $value }
table-rubric-barrier-load = 障碍负荷 { $value }
table-head-trait = 特质
table-head-level = 水平
table-head-target = 目标
table-head-gap = 差距
table-head-barrier = 障碍
table-head-severity = 严重程度
table-head-threshold = 阈值
table-head-status = 状态
table-met = 已达到
table-active = 起作用
table-below = 低于阈值
table-no-plan = 暂无计划
table-no-plan-line = { $label }：{ $why }。
table-no-plan-too-few = 还没有哪个维度的作答足以计分
table-no-plan-nothing = 没有差距或起作用的障碍需要采取行动
table-head-when = 期限
table-head-action = 行动
table-head-score = 得分
table-done-when = 完成标准：
table-days = { $count } 天
table-head-id = ID
table-head-date = 日期
table-head-subject = 被评估人
table-head-rater = 评价者
table-head-readiness = 准备度
table-head-barrier-load = 障碍负荷
table-assessment = 评估 { $id }
table-compared = 比较：
table-head-dimension = 维度
table-head-kind = 类型
table-head-then = 之前
table-head-now = 现在
table-head-change = 变化
table-barriers-off = 不再起作用的障碍：
table-barriers-on = 新近起作用的障碍：
table-barriers-same = 没有障碍开始或停止起作用。
table-plan-same = 计划中的首要行动没有变化。
table-plan-left = 移出计划：
table-plan-new = 新列入计划：
table-plan-item = { $text }（{ $days }）
table-done-between = 期间已完成：
table-360-title = { $subject }：360 度视角
table-head-others = 他评
table-blind-spot = 盲点
table-hidden-strength = 隐藏优势
feedback-comments = 评语
feedback-comments-manager = 上级
feedback-comments-peers = 同级同事
feedback-comments-reports = 直接下属
feedback-comments-coach = 教练
feedback-comments-others = 他人
feedback-comments-withheld = { $count } 条评语未显示：评价者太少。
cohort-title = 群体：
cohort-respondents = { $count } 人作答
cohort-median = 中位数 { $median }（IQR { $q1 }–{ $q3 }）
cohort-place = { $value }，百分位 { $percentile }
cohort-me = 本人：{ $who }，准备度 { $readiness }，障碍负荷 { $barrier_load }
cohort-head-active = 起作用
cohort-head-mean = 均值
cohort-head-sd = 标准差
cohort-head-median = 中位数
cohort-head-iqr = IQR
cohort-head-alpha = Alpha
cohort-head-me = 本人
cohort-head-pct = 百分位
cohort-note = 水平以量表的百分比表示；IQR 为第一到第三四分位数。差距、起作用：有差距或该障碍起作用的人所占比例。Alpha：该维度各题的 Cronbach's alpha（成对计算）；低于 0.7 表示这些题目不能很好地共同衡量同一件事。
cohort-note-me = 本人：用 --me 指定的人；百分位：此人在群体中的百分位。
cohort-weak-item = { $dimension } 中的 { $question }（r = { $r }）
cohort-weak = 与所在维度其他题目不一致的题目（校正后的题总相关低于 { $under }）：{ $list }。
plan-title = 你的计划
plan-top = { $title }：{ $count } 项行动中的前 { $shown } 项，按优先级从高到低
plan-status-todo = 待办
plan-status-doing = 进行中
plan-status-done = 已完成
plan-status-dropped = 已放弃
plan-status-doing-since = 自 { $day } 起进行中
plan-status-done-on = { $day } 已完成
plan-status-dropped-on = { $day } 已放弃
plan-origin-own = 自行添加
plan-origin-earlier = 之前的计划
plan-summary = 制定于 { $made }（评估 { $assessment }）· { $again } 再次作答 · 已完成 { $done }/{ $count }
plan-none-added = 没有差距或起作用的障碍需要采取行动，你也没有自行添加行动
plan-due = { $day } 到期
plan-overdue = 已逾期
plan-note = 备注 { $day }：
plan-hint-steps = 用 `leadgap plan start|done|drop|undo ID` 更新行动，用 `leadgap plan note ID TEXT` 添加备注，或用 `leadgap checkin` 逐项回顾。
plan-no-action = 目前还不需要任何行动。
plan-md-title = 计划：{ $who }
plan-progress = 计划进展
plan-done-line = { $text }（{ $day } 已完成）
rubric-show-head-statements = 陈述数
rubric-show-head-version = 版本
rubric-show-head-title = 标题
rubric-show-from = 来自 { $source }
rubric-show-about = （{ $id }，版本 { $version }，{ $kind }）
rubric-show-scale = 量表：{ $labels }
rubric-show-target = 目标为量表的 { $goal }
rubric-show-threshold = 达到量表的 { $goal } 即起作用
rubric-show-dimension = [{ $id }] 权重 { $weight }，{ $setting }
rubric-show-head-question = 题目
rubric-show-head-statement = 陈述
rubric-show-head-keyed = 计分方向
rubric-show-reverse = 反向
rubric-show-actions = 行动
rubric-show-action = { $id }  ·  { $days }  ·  针对 { $primary }
rubric-show-also = （也针对 { $others }）
ics-calendar = leadgap 计划：{ $subject }
ics-now = 当前：{ $status }。用 `leadgap plan done { $id }` 标记完成。
ics-reassess = 再次完成 leadgap 评估
ics-reassess-description = 运行 `leadgap assess`，然后用 `leadgap compare` 查看自制定计划以来的变化。
plan-ics-not-saved = `--format ics` 是当前计划的日历：请运行 `leadgap plan --format ics`，不要带评估 ID
plan-record-unreadable = 无法读取计划记录 { $path }（{ $reason }）；计划的完成情况将不计入
plan-note-empty = 备注需要填写内容
plan-noted = 已为 `{ $action }` 添加备注
plan-already = `{ $action }` 的状态已经是{ $status }
plan-undone = 已撤销 `{ $action }` 的上一次更改：现在的状态是{ $status }
plan-now = `{ $action }` 自 { $day } 起状态为{ $status }
plan-said = { $said }。
plan-said-with-note = { $said }，并添加了备注。
plan-nothing-to-undo = 没有可撤销的内容：`{ $action }` 的状态从未改变
plan-unknown-action = 当前计划中没有行动 `{ $action }`；`leadgap plan` 在 ID 列中列出各项 ID，`leadgap plan --format json` 则在 `id` 中列出
plan-add-empty = 一项行动需要有内容，还需要用 --done-when 说明怎样算完成
plan-add-unknown-dimension = 已加载的题库中没有维度 `{ $dimension }`；`leadgap rubric show ID` 会列出某个题库的维度
plan-add-twice = `{ $dimension }` 在 --addresses 中出现了两次
plan-add-not-an-id = `{ $id }` 不是有效的 ID：只能包含小写字母、数字和 `-`，并以字母或数字开头，例如 `weekly-skip-level`
plan-add-taken = ID `{ $id }` 已被另一项行动使用；请用 --id 另选一个
plan-added = 已将 `{ $id }` 添加到你的计划，{ $day } 到期。
saved-damaged = 跳过已损坏的文件 { $path }：{ $reason }
saved-someone = 某人
saved-self-view = { $who }的自评
saved-other-view = { $rater }对{ $who }的评价
saved-none = 还没有保存的评估；请运行 { $assess } 或 { $score }
saved-none-for-client = 客户 `{ $client }` 还没有保存的评估；请运行 { $assess } 或 { $score }
saved-no-such = 没有已保存的评估 `{ $id }`；{ $history } 会列出所有评估
saved-compare-one = 比较需要两次已保存的评估，目前只有一次；过几个月再用 { $assess } 作答
saved-compare-views = 这是在比较{ $before }与{ $after }：变化可能来自不同的视角，而不是此人本身的变化
saved-report-format = leadgap 只能生成 HTML 或 Markdown 格式的报告，不支持 `.{ $ext }`；请将文件命名为 .html 或 .md，或用 --format 指定（HTML 报告可在浏览器中打印为 PDF）
saved-report-feedback-not-self = 已忽略 --feedback：该报告不是自评报告
saved-report-feedback-skipped = 已忽略 { $count } 个反馈文件：它们是关于其他人的，或是自评
saved-wrote = 已写入 { $path }
score-plan-needs-csv = --plan 用于选择 --format csv 的行（每项计划行动一行）；请加上 --format csv，或去掉 --plan：其他格式已经包含计划
score-progress = 已计分 { $count } 个文件（{ $rate }）
score-saved-as = { $file }：已保存为 { $id }
score-summary = 已计分 { $count } 个文件，{ $failed } 个失败，用时 { $seconds } 秒
score-nothing = 没有可计分的内容：给定的文件夹中没有 *.toml 答卷文件，CSV 文件中也没有数据行
cohort-items-needs-csv = --items 用于选择 --format csv 的行（每道题一行）；请加上 --format csv
cohort-none-scored = 没有可以计分的答卷文件；无法描述群体
cohort-none-by-raters = 没有来自 --rater 所选评价者的答卷；无法描述群体
cohort-too-small = 该群体有 { $count } 人；至少 { $min } 人时才显示百分位
feedback-named-twice = { $count } 个答卷文件被指定了不止一次；每个只计一次
feedback-nameless = 已忽略 { $count } 个答卷文件：它们没有写明 `subject`，无法与任何人的看法对照
feedback-nobody = 没有关于 { $subject } 的答卷
feedback-none-scored = 没有可以计分的答卷文件
rubric-show-unknown-text = 题库 `{ $rubric }` 中没有 { $what }
rubric-show-missing-texts = { $file }：缺少 { $count } 处文本，以英文显示：{ $list }
rubric-show-check-ok = ok：{ $file } — 题库 `{ $rubric }`：{ $dimensions } 个维度，{ $questions } 道题目，{ $actions } 项行动
hint-no-command = 没有 `{ $name }` 这个命令；`leadgap help` 会列出所有命令
store-no-home = 找不到 leadgap 的配置目录；请设置 LEADGAP_HOME 或使用 --home DIR
store-warning = leadgap：警告：{ $message }
store-home-not-a-folder = 不是目录；请将 LEADGAP_HOME（或 --home）设为一个文件夹
store-client-name = 客户名称 `{ $name }` 中没有字母或数字；请使用类似 `jane-doe` 的名称
store-symlink = 是符号链接；leadgap 不会跟随其数据存储中的链接
store-symlink-not-followed = 符号链接，不会跟随到数据存储之外
store-not-a-file = 不是普通文件
store-not-regular = 不是普通文件
store-privacy-symlink = { $path } 是符号链接；leadgap 不会跟随其数据存储中的链接，因此不会使用它指向的内容
store-privacy-readable = 其他用户可以读取 { $path }；运行 `chmod { $mode } { $path }` 可使其保持私密
store-record-damaged = 无法读取（{ $reason }）；请将它移到别处，以重新开始记录计划
store-client-moved = 已将 { $from } 移到 { $to }：现在每位客户都有自己的文件夹
store-client-old-folder = { $folder } 由 leadgap 0.1 写入，当时不同客户的名称可能共用同一个文件夹名；它不会被当作 `{ $client }` 的数据读取。如果其中的内容全都属于该客户，请将它移到 { $to }
store-no-such-assessment = 没有已保存的评估 `{ $id }`；`leadgap history` 会列出所有评估

## 列表

# 同一行内列举各项时的分隔符。
list-separator = ；
