package org.civicgrievance.routing.desk;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of routing's staff pages (the dispatch desk); Simplified Chinese, English in {@link DeskMessagesEn}. */
@MessageBundle(value = "desk", locale = "zh-CN")
public interface DeskMessages {

    @Message("分派台")
    String homeTitle();

    @Message("当前登录：{name}")
    String signedInAs(String name);

    @Message("待分派案件（分拨）")
    String triageHeading();

    @Message("目前没有等待分派的案件。")
    String triageEmpty();

    @Message("您的角色可以查看待分派案件，但不能分派。")
    String readOnly();

    @Message("受理编号")
    String trackingNumber();

    @Message("优先级")
    String priority();

    @Message("类别")
    String category();

    @Message("待分派原因")
    String reason();

    @Message("进入分拨时间")
    String parkedAt();

    @Message("分派期限")
    String dueAt();

    @Message("已超期")
    String overdue();

    @Message("由 {department}（{by}）退回")
    String returnedBy(String department, String by);

    @Message("无规则匹配")
    String noRule();

    @Message("分派")
    String place();

    @Message("分派到部门")
    String placeTo();

    @Message("请选择部门")
    String chooseDepartment();

    @Message("分派理由（最多 300 字）")
    String placingReason();

    @Message("操作")
    String action();

    @Message("案件 {trackingNumber} 已分派到 {department}。")
    String placed(String trackingNumber, String department);

    @Message("案件 {trackingNumber} 已不在待分派队列中（可能已由其他调度员分派）。")
    String alreadyPlaced(String trackingNumber);

    @Message("请选择要分派到的部门。")
    String departmentMissing();

    @Message("该部门不存在或已停用，请另选部门。")
    String departmentNotTaking();

    @Message("请填写分派理由。")
    String reasonMissing();

    @Message("分派理由最多 300 字。")
    String reasonTooLong();

    @Message("案件 {trackingNumber} 未能分派：")
    String placingFailed(String trackingNumber);

    @Message("部门")
    String departmentsHeading();

    @Message("代码")
    String code();

    @Message("名称")
    String name();

    @Message("负责的区")
    String districts();

    @Message("状态")
    String state();

    @Message("启用")
    String active();

    @Message("停用")
    String inactive();

    @Message("全部")
    String everywhere();

    @Message("分派台供调度员、管理员和纪检监察人员使用。案件办理请使用办理工作台。")
    String notForYou();

    @Message("无权操作")
    String forbiddenTitle();

    @Message("出错了")
    String errorTitle();

    @Message("请求未能完成，请稍后再试。")
    String errorText();

    @Message("返回分派台")
    String backToDesk();
    @Message("按受理编号查找")
    String findByTrackingNumber();

    @Message("查找")
    String find();

    @Message("显示全部")
    String showAll();
}
