package org.civicgrievance.resolution.workbench;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the case workbench (the staff pages of this service); Simplified Chinese, English in {@link WorkbenchMessagesEn}. */
@MessageBundle(value = "workbench", locale = "zh-CN")
public interface WorkbenchMessages {

    @Message("办理工作台")
    String homeTitle();

    @Message("当前登录：{name}")
    String signedInAs(String name);

    @Message("待认领案件 · {department}")
    String queueHeading(String department);

    @Message("该部门目前没有待认领的案件。")
    String queueEmpty();

    @Message("我正在办理的案件")
    String heldHeading();

    @Message("您目前没有正在办理的案件。")
    String heldEmpty();

    @Message("您的角色可以查看案件，但不能办理。")
    String readOnly();

    @Message("日历 {calendar} 的节假日只确认到 {confirmedThrough}：请管理员载入下一年度的节假日安排。之后的期限暂按法定节假日推算，标为“暂定”。")
    String horizonWarning(String calendar, String confirmedThrough);

    @Message("部门")
    String department();

    @Message("选择要查看的部门队列：")
    String chooseDepartment();

    @Message("查看")
    String show();

    @Message("目前没有任何部门有待认领的案件。")
    String noQueues();

    @Message("受理编号")
    String trackingNumber();

    @Message("类别")
    String category();

    @Message("标题")
    String caseTitle();

    @Message("接收时间")
    String received();

    @Message("状态")
    String status();

    @Message("操作")
    String action();

    @Message("（无标题）")
    String noTitle();

    @Message("认领")
    String claim();

    @Message("办结")
    String resolve();

    @Message("办理结果（居民可见）")
    String resolutionNote();

    @Message("待认领")
    String statusQueued();

    @Message("已认领")
    String statusClaimed();

    @Message("调查处理中")
    String statusInProgress();

    @Message("等待群众补充，时限暂停")
    String statusWaitingForResident();

    @Message("已退回，重新分派中")
    String statusReturned();

    @Message("已合并办理")
    String statusMerged();

    @Message("已办结")
    String statusResolved();

    @Message("群众不满意，重新办理")
    String statusReopened();

    @Message("已评价关闭")
    String statusClosed();

    @Message("已认领 {trackingNumber}。")
    String claimed(String trackingNumber);

    @Message("{trackingNumber} 已办结。")
    String resolved(String trackingNumber);

    @Message("{trackingNumber} 已不能认领，可能已被他人认领。")
    String notClaimable(String trackingNumber);

    @Message("{trackingNumber} 当前的状态不能办结。")
    String notResolvable(String trackingNumber);

    @Message("{trackingNumber} 由其他工作人员办理，只有认领人可以办结。")
    String notHolder(String trackingNumber);

    @Message("请填写办理结果后再办结。")
    String noteMissing();

    @Message("办理结果最多 2000 字。")
    String noteTooLong();

    @Message("案件 {trackingNumber}")
    String caseHeading(String trackingNumber);

    @Message("类型")
    String kind();

    @Message("描述")
    String description();

    @Message("地址")
    String address();

    @Message("区域")
    String district();

    @Message("联系人")
    String contact();

    @Message("优先级")
    String priority();

    @Message("提交时间")
    String submitted();

    @Message("办理人")
    String handler();

    @Message("办理结果")
    String outcome();

    @Message("返回工作台")
    String backToWorkbench();

    @Message("未找到")
    String notFoundTitle();

    @Message("没有这个案件，或者它不属于您的部门。")
    String notFoundText();

    @Message("无权操作")
    String forbiddenTitle();

    @Message("您的角色不能查看此页面或进行此操作。")
    String forbiddenText();

    @Message("出错了")
    String errorTitle();

    @Message("请求未能完成，没有保存任何更改。请稍后再试。")
    String errorText();

    // --- the case lifecycle

    @Message("开始办理")
    String start();

    @Message("请群众补充信息（时限暂停）")
    String waitForResident();

    @Message("向群众提出的问题（居民可见）")
    String question();

    @Message("继续办理，不再等待")
    String resume();

    @Message("办理结果类别")
    String outcomeChoice();

    @Message("已解决")
    String outcomeResolved();

    @Message("部分解决")
    String outcomePartlyResolved();

    @Message("无法解决（须写明原因和可求助的去处）")
    String outcomeNotResolvable();

    @Message("不属于职责范围（须写明可求助的去处）")
    String outcomeNotOurRemit();

    @Message("重复诉求，已合并")
    String outcomeDuplicate();

    @Message("原因（居民可见）")
    String outcomeReason();

    @Message("可求助的去处（居民可见）")
    String whereElse();

    @Message("退回重新分派（退单）")
    String returnCase();

    @Message("退回原因")
    String returnReason();

    @Message("备注")
    String notesHeading();

    @Message("暂无备注。")
    String noNotes();

    @Message("备注内容")
    String noteText();

    @Message("居民可见")
    String visibleToResident();

    @Message("仅内部可见")
    String internalOnly();

    @Message("添加备注")
    String addNote();

    @Message("{trackingNumber} 已开始办理。")
    String started(String trackingNumber);

    @Message("已向群众提问，{trackingNumber} 的时限暂停。")
    String waiting(String trackingNumber);

    @Message("{trackingNumber} 继续办理。")
    String resumed(String trackingNumber);

    @Message("{trackingNumber} 已退回重新分派。")
    String returned(String trackingNumber);

    @Message("已为 {trackingNumber} 添加备注。")
    String noteAdded(String trackingNumber);

    @Message("{trackingNumber} 当前的状态不允许此操作，或您无权进行此操作。")
    String notAllowed(String trackingNumber);

    @Message("{trackingNumber}：请填写表单要求的全部内容（如原因、可求助的去处）。")
    String detailsMissing(String trackingNumber);

    @Message("{trackingNumber}：输入的内容过长。")
    String textTooLong(String trackingNumber);

    @Message("等待至")
    String waitingUntil();

    @Message("合并至")
    String mergedInto();

    @Message("分办自（原案件）")
    String splitFrom();

    @Message("打开案件")
    String openCase();

    @Message("办理评价（一诺双评）")
    String handlingHeading();

    @Message("星级")
    String stars();

    @Message("评语")
    String ratingComment();

    @Message("提交评价")
    String rateHandling();

    @Message("已评价 {trackingNumber} 的办理情况。")
    String handlingRated(String trackingNumber);

    // --- deadlines: time limits, cards, extensions

    @Message("最近期限")
    String nextDue();

    @Message("黄牌")
    String cardYellow();

    @Message("红牌")
    String cardRed();

    @Message("办理时限")
    String clocksHeading();

    @Message("时限")
    String clock();

    @Message("到期时间")
    String dueAt();

    @Message("黄牌预警时间")
    String yellowAt();

    @Message("原到期时间")
    String originalDue();

    @Message("暂定：按法定节假日推算，节假日安排公布后可能调整")
    String provisionalDue();

    @Message("预警")
    String warnings();

    @Message("暂无办理时限。")
    String noClocks();

    @Message("计时中")
    String clockRunning();

    @Message("暂停（等待群众）")
    String clockPaused();

    @Message("已完成")
    String clockMet();

    @Message("已停止")
    String clockStopped();

    @Message("延期申请")
    String extensionsHeading();

    @Message("暂无延期申请。")
    String noExtensions();

    @Message("待审批")
    String extensionPending();

    @Message("已批准")
    String extensionApprovedState();

    @Message("未批准")
    String extensionRefusedState();

    @Message("延长哪项时限")
    String extensionClock();

    @Message("延期原因（居民可见）")
    String extensionReason();

    @Message("延长时间")
    String extensionAmount();

    @Message("单位")
    String extensionUnit();

    @Message("工作日")
    String unitWorkingDays();

    @Message("工作小时")
    String unitWorkingHours();

    @Message("申请延期")
    String askExtension();

    @Message("申请人")
    String requestedBy();

    @Message("申请延至")
    String requestedDue();

    @Message("审批人")
    String decidedBy();

    @Message("审批意见")
    String decisionNote();

    @Message("批准延期")
    String approveExtension();

    @Message("不予批准")
    String refuseExtension();

    @Message("已为 {trackingNumber} 申请延期，等待主管审批。")
    String extensionRequested(String trackingNumber);

    @Message("已批准 {trackingNumber} 的延期，群众将收到通知。")
    String extensionApproved(String trackingNumber);

    @Message("{trackingNumber} 的延期申请未获批准。")
    String extensionRefused(String trackingNumber);

    @Message("办结时限")
    String extendResolution();

    @Message("进展更新时限")
    String extendUpdate();

    @Message("搜索：受理编号或文字")
    String searchLabel();

    @Message("输入完整的受理编号，或标题、内容中的文字。")
    String searchHint();

    @Message("全部")
    String any();

    @Message("警示")
    String card();

    @Message("无警示")
    String cardNone();

    @Message("筛选")
    String applyFilter();

    @Message("清除条件")
    String clearFilter();

    @Message("没有符合条件的案件。")
    String noMatch();

    @Message("搜索条件无法识别：类别请填写类别代码（如 street-lighting），文字最多 100 个字。下面列出的是全部案件。")
    String searchNotUnderstood();

    @Message("待我审批的延期申请")
    String approvalsHeading();

    @Message("目前没有等待审批的延期申请。")
    String approvalsEmpty();

    @Message("理由")
    String reason();

    @Message("原期限")
    String dueBefore();

    @Message("逾期案件（电子监察）")
    String overdueHeading();

    @Message("目前没有超过期限的案件。")
    String overdueEmpty();

    @Message("逾期")
    String overdueBy();

    @Message("{hours} 个工作小时 {minutes} 分")
    String workingTime(long hours, long minutes);

    @Message("已延期 {times} 次，原定 {originalDue}")
    String extendedTimes(int times, String originalDue);
    @Message("办理工作台供办理人员、科室负责人和纪检监察人员使用。调度员和管理员请使用分派台（页面顶部的链接）。")
    String notForYourRole();

    @Message("退单后案件离开本部门，由分拨重新分派；每次退单都计入推诿统计，经核实确属本部门的将记为推诿。")
    String returnWarning();

    @Message("我确认将此案件退回重新分派")
    String returnConfirm();

    @Message("{trackingNumber} 未退单：请勾选确认后再提交。")
    String notConfirmed(String trackingNumber);
}
