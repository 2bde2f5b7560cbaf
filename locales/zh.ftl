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

## 报告、Markdown、图表与评价者表单（report-、md-、chart-、form-）
# 这些消息会原样写入 HTML 和 Markdown：不要使用 <、>、& 或 |。

report-title = 领导力准备度报告
report-page-title = 领导力准备度报告：{ $name }
report-unnamed = 未署名
report-self-title = { $name }，{ $date } 的自评
report-rated-title = { $role ->
    [manager] { $name }，由上级于 { $date } 评价
    [peer] { $name }，由一位同事于 { $date } 评价
    [report] { $name }，由一位下属于 { $date } 评价
   *[coach] { $name }，由教练于 { $date } 评价
}
report-label = { $label }：
report-summary = 概要
report-readiness = 准备度
report-readiness-means = 各项特质达到目标的程度
report-barrier-load = 障碍强度
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
report-too-few-answers = 回答过少
report-plan = 计划
report-no-action = 没有需要采取行动的差距或起作用的障碍。
report-within-days = { $days } 天内
report-done-when = 完成标准：
report-since = 自 { $date } 以来
report-how = 这些数字是如何得出的
report-method = 每条陈述都按量表的刻度作答；反向计分的陈述会先做反转。一个维度的水平是其各项回答的平均值，换算到刻度的 0–100%，且只有在至少一半的陈述得到回答时才计分。特质的差距是其平均值距离目标还差多少；当障碍的水平达到阈值时，该障碍即为起作用。每项行动主要针对一个维度：它完整计入该维度的加权差距（或起作用的障碍），并计入它所帮助的其他每个维度的一半；计划会优先为最紧迫的各个维度分别选出最佳行动。权重、目标和阈值出自量表作者的判断，而每个维度只有三到五条陈述，因此每个水平都只是粗略的衡量：这些结果用于个人自身的发展，而不是用于选拔或给人排名。
report-rubrics = 量表：{ $list }。
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
    [peer] 同事
    [report] 其下属
    [coach] 其教练
   *[self] 你自己
}的身份作答，约需 { $minutes } 分钟。请只根据你亲眼所见作答；观察不够的地方请选择{ $cant_say }。
form-no-name = 本页面不会询问你的姓名。{ $anonymity }
form-anonymity-group = 你这一角色的回答和评论只会以三人及以上的群组形式呈现；人数不足时，会与其他人的回答合并或不予显示，因此任何回答都无法追溯到你。评论会按原文显示：请略去可能暴露你身份的内容。
form-anonymity-known = 由于你是身份明确的一个人，你的回答和评论将作为你这一角色的看法显示。
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
form-save = 保存答案文件
form-saved = 已保存
form-send-back = 请把该文件发回给邀请你的人。如果没有出现文件（有些邮件程序和手机会阻止下载），请把下面的文本复制到邮件或文本文件中。
form-copy-label = 答案文件，供复制
form-saved-as = 你的回答已保存为 { $file }。
form-saved-as-left = 你的回答已保存为 { $file }（有 { $left } 条陈述未作答，已记为“无法判断”）。
form-mail-title = 关于 { $name } 的反馈：需要你做什么
form-mail-ask = { $name } 正在提升自己的领导方式，很希望听到你的看法。只需在浏览器中打开一个页面：无需注册账号，也无需安装任何程序。
form-mail-open = 在任意较新版本的浏览器中打开与你的角色对应的页面（见附件），电脑或手机均可。页面可离线使用，不会向任何地方发送数据。
form-mail-answer = 根据你的观察回答每条陈述；观察不够的地方请选择“无法判断”。评论为选填，欢迎填写。
form-mail-save = 点击“保存答案文件”，把保存下来的文件发回给我。如果没有出现文件，请把页面上显示的文本复制到回复邮件中。
form-mail-which = 各页面及所需时间：
form-mail-who = { $role ->
    [self] { $name } 本人，用于自评
    [manager] { $name } 的上级
    [peer] { $name } 的同事
    [report] { $name } 的下属
   *[coach] { $name } 的教练
}
form-mail-page = { $file }：{ $who }；{ $count } 条陈述，约 { $minutes } 分钟
form-mail-who-sees = 谁能看到什么：页面从不询问你的姓名。同事和直接下属的回答只会以三人及以上的群组形式显示；人数不足时，会与其他人的回答合并，或在背后人数过少时不予显示。上级和教练的回答按角色显示，因为每个角色都是身份明确的一个人。评论也以同样方式按原文显示。
form-mail-by = 请在此日期前发回你的文件：____________
form-error-subject = --subject 必须用纯文本写出被评价者的名字，例如 --subject "张伟"
form-wrote-kit = 已在 { $dir } 中写入 { $count } 个页面和 { $mail }：请把每个角色对应的页面发给相应的评价者，并在邮件中附上 { $mail } 的内容
form-wrote = 已写入 { $path }（供{ $role ->
    [manager] 上级
    [peer] 同事
    [report] 下属
    [coach] 教练
   *[self] 本人
}使用的 { $count } 条陈述）
