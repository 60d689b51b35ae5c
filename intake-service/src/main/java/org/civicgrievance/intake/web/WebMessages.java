package org.civicgrievance.intake.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every word the residents' pages show, Simplified Chinese here and English in
 * {@code messages/web_en.properties}. Templates read them as {@code {web:key}} (checked when the
 * application is built); Java code gets the bundle of a page's language from {@link WebTexts}.
 * Plain text only: the pages escape whatever comes out of here.
 */
@MessageBundle(value = "web", locale = "zh-CN")
public interface WebMessages {

    // --- every page

    @Message("民声直通")
    String siteName();

    @Message("跳到主要内容")
    String skipToContent();

    @Message("本服务由市人民政府提供。遇到紧急情况请拨打 110、119 或 120；政务服务热线 12345。")
    String footer();

    @Message("错误：")
    String errorPrefix();

    @Message("请更正以下问题")
    String errorSummaryTitle();

    @Message("（选填）")
    String optional();

    /** A line of the error summary: the field's label and what is wrong with it. */
    @Message("{label}：{problem}")
    String summaryLine(String label, String problem);

    @Message("返回首页")
    String backHome();

    // --- home

    @Message("反映问题、查询进度")
    String homeTitle();

    @Message("投诉、建议、求助、咨询和表扬都可以在这里提交。提交后您会得到受理编号和查询码，凭这两项可随时查询办理进度。")
    String homeIntro();

    @Message("我要反映问题")
    String homeReport();

    @Message("约需 5 分钟，可以匿名。")
    String homeReportHint();

    @Message("查询办理进度")
    String homeTrack();

    @Message("需要受理编号和查询码。")
    String homeTrackHint();

    @Message("参与征求意见")
    String homeOpinion();

    @Message("回答社区和政府部门正在征求意见的问卷，无需登录。")
    String homeOpinionHint();

    // --- submitting a case, step 1

    @Message("反映问题：选择类型和类别")
    String chooseTitle();

    @Message("第 {step} 步，共 2 步")
    String stepOf(int step);

    @Message("您要反映的是")
    String kindLegend();

    @Message("问题类别")
    String categoryLegend();

    @Message("下一步")
    String next();

    @Message("投诉")
    String kindComplaint();

    @Message("建议")
    String kindSuggestion();

    @Message("求助")
    String kindHelpRequest();

    @Message("咨询")
    String kindInquiry();

    @Message("表扬")
    String kindPraise();

    // --- submitting a case, step 2

    @Message("反映问题：填写详情")
    String detailsTitle();

    @Message("类型")
    String kindLabel();

    @Message("类别")
    String categoryLabel();

    @Message("重新选择类型和类别")
    String changeChoice();

    @Message("标题")
    String titleLabel();

    @Message("一句话概括，如“路灯不亮”。")
    String titleHint();

    @Message("问题描述")
    String descriptionLabel();

    @Message("发生了什么、从什么时候开始、影响了谁。最多 5000 字。")
    String descriptionHint();

    @Message("地点")
    String locationLegend();

    @Message("详细地址")
    String addressLabel();

    @Message("如“幸福路 12 号门口”。")
    String addressHint();

    @Message("所在区县")
    String districtLabel();

    @Message("补充问题")
    String questionsLegend();

    @Message("如 2026-11-27 08:30")
    String dateTimeHint();

    @Message("联系方式")
    String contactLegend();

    @Message("留下联系方式，办理部门可以向您了解情况并答复您。")
    String contactHint();

    @Message("姓名")
    String contactNameLabel();

    @Message("手机或电话")
    String phoneLabel();

    @Message("如 13812345678。")
    String phoneHint();

    @Message("电子邮箱")
    String emailLabel();

    @Message("匿名反映：联系方式只用于本中心回访，不提供给办理部门")
    String anonymousLabel();

    @Message("绿色通道（优先办理）")
    String greenChannelLegend();

    @Message("符合以下情况的，诉求优先办理、时限更短。可多选。")
    String greenChannelHint();

    @Message("老年人")
    String greenElderly();

    @Message("患病")
    String greenSick();

    @Message("残疾人")
    String greenDisabled();

    @Message("外地来访")
    String greenOutOfTown();

    @Message("提交")
    String submit();

    // --- the receipt

    @Message("提交成功")
    String receiptTitle();

    @Message("受理编号")
    String trackingNumberLabel();

    @Message("查询码")
    String accessCodeLabel();

    @Message("请现在就抄下或截图保存受理编号和查询码。查询码只显示这一次，丢失后无法找回。")
    String writeDown();

    @Message("我们会把您的诉求分派给责任部门，在承诺时限内办理。凭受理编号和查询码可以随时查询进度、补充信息和评价办理结果。")
    String receiptNext();

    @Message("请注意")
    String noticeTitle();

    @Message("查询这件诉求的进度")
    String trackThisCase();

    @Message("再反映一个问题")
    String submitAnother();

    // --- looking up a case

    @Message("查询办理进度")
    String trackTitle();

    @Message("如 GR-2026-00000001。")
    String trackingNumberHint();

    @Message("提交时获得的 10 位查询码。")
    String accessCodeHint();

    @Message("查询")
    String lookUp();

    @Message("受理编号或查询码不正确，请核对后重试")
    String notFound();

    // --- the case

    @Message("办理进度")
    String caseTitle();

    @Message("当前状态")
    String statusLabel();

    @Message("提交时间")
    String submittedAtLabel();

    @Message("最近更新")
    String updatedAtLabel();

    @Message("预计办结时间")
    String expectedByLabel();

    @Message("{due}（暂定：节假日安排公布后可能调整）")
    String provisionalExpectedBy(String due);

    @Message("补充信息")
    String supplementHeading();

    @Message("补充内容")
    String supplementLabel();

    @Message("办理期间可以补充新的情况，最多 2000 字。")
    String supplementHint();

    @Message("提交补充信息")
    String supplementSubmit();

    @Message("补充信息已提交，并已转给办理部门。")
    String supplementAdded();

    @Message("办理结果")
    String outcomeLabel();

    @Message("原因")
    String outcomeReasonLabel();

    @Message("您还可以求助")
    String whereElseLabel();

    @Message("部门留言")
    String notesHeading();

    @Message("分办情况：本件已分由以下部门分别办理")
    String partsHeading();

    @Message("本件分办自")
    String partOfLabel();

    @Message("承办部门")
    String departmentLabel();

    @Message("查看此分项（补充信息、评价）")
    String openPart();

    @Message("需要您回答的问题（请通过下方“补充信息”回复）")
    String noteQuestion();

    @Message("办理说明")
    String noteProgress();

    @Message("办结说明")
    String noteResolution();

    @Message("评价办理结果")
    String ratingHeading();

    @Message("您对办理结果满意吗？")
    String ratingLegend();

    @Message("满意")
    String ratingSatisfied();

    @Message("基本满意")
    String ratingBasicallySatisfied();

    @Message("不满意（将重新办理）")
    String ratingDissatisfied();

    @Message("意见")
    String commentLabel();

    @Message("最多 500 字。")
    String commentHint();

    @Message("提交评价")
    String rateSubmit();

    @Message("感谢您的评价。")
    String rated();

    @Message("感谢您的评价。您的诉求将重新办理。")
    String ratedDissatisfied();

    @Message("该诉求已办结，不能再补充信息。如有新问题，请重新反映。")
    String caseNotOpen();

    @Message("该诉求目前不需要评价。")
    String notAwaitingRating();

    @Message("这件诉求的补充次数已达上限，如需补充请拨打 12345 热线。")
    String tooManySupplements();

    // --- opinion forms 征求意见表

    @Message("征求意见")
    String opinionListTitle();

    @Message("以下征求意见表正在接受填写。每份表按其发布时使用的语言显示。")
    String opinionListIntro();

    @Message("目前没有正在征求意见的表。")
    String opinionListEmpty();

    @Message("征求对象")
    String audienceLabel();

    @Message("截止时间（北京时间）")
    String closesAtLabel();

    @Message("居民")
    String audienceResidents();

    @Message("商户")
    String audienceShops();

    @Message("单位")
    String audienceUnits();

    @Message("（必填）")
    String required();

    @Message("最多 {max} 字。")
    String answerMaxHint(int max);

    @Message("1 分最低，5 分最高。")
    String ratingHint();

    @Message("提交意见")
    String opinionSubmit();

    @Message("感谢您的意见")
    String opinionThanksTitle();

    @Message("答卷编号")
    String answerIdLabel();

    @Message("答卷码")
    String answerCodeLabel();

    @Message("答卷码只显示这一次，丢失后无法找回。如需保存，请现在抄下或截图。")
    String answerWriteDown();

    @Message("如果希望有关部门办理您反映的问题，以后可以凭答卷编号和答卷码，通过本市的诉求接口把这份答卷转为一件诉求：")
    String answerToCase();

    @Message("查看其他征求意见表")
    String otherOpinionForms();

    @Message("无法填写这份征求意见表")
    String opinionUnavailableTitle();

    @Message("找不到这份征求意见表：链接可能有误，或者它还没有发布。")
    String opinionNotFound();

    @Message("这份征求意见表已截止，不再接受填写。")
    String opinionClosed();

    @Message("这份征求意见表将于 {opensAt}（北京时间）开始接受填写。")
    String opinionUpcoming(String opensAt);

    // --- what is wrong with a field

    @Message("请填写此项")
    String errRequired();

    @Message("请选择一项")
    String errChoose();

    @Message("不能超过 {max} 个字")
    String errTooLong(int max);

    @Message("请填写正确的电话号码（5 至 20 位数字）")
    String errPhone();

    @Message("请填写正确的电子邮箱，如 name@example.com")
    String errEmail();

    @Message("请从给出的选项中选择")
    String errNotAnOption();

    @Message("请填写数字，如 2.5")
    String errNumber();

    @Message("请按“年-月-日 时:分”填写，如 2026-11-27 08:30")
    String errDateTime();

    @Message("请选择 1 至 5 分")
    String errRating();

    @Message("此项填写有误，请检查")
    String errInvalid();

    @Message("这个类别目前不受理，请重新选择")
    String errCategoryUnavailable();

    // --- refusals

    @Message("操作过于频繁")
    String tooManyTitle();

    @Message("短时间内从您的网络地址发出的请求太多。请在 {seconds} 秒后再试。")
    String tooManyBody(long seconds);

    @Message("您填写的内容都还在，稍后再点“提交”即可。")
    String tooManyKept();

    // --- a submission key that does not fit the form (see ReportResource)

    @Message("这张表单已失效，没有提交。您填写的内容都还在，请检查后再按“提交”。")
    String formExpired();

    @Message("这张表单已经提交过一次，当时的内容与现在不同，所以没有再建一件诉求；那次的受理编号和查询码显示在当时提交后的页面上。如果这是另一个问题，请检查下面的内容后再按“提交”。")
    String formAlreadySent();

    @Message("无法提交")
    String crossSiteTitle();

    @Message("为了您的安全，只接受从本站页面提交的表单。请打开本站的页面重新填写。")
    String crossSiteBody();

    @Message("出错了")
    String failureTitle();

    @Message("请求未能完成，没有保存任何内容。请稍后再试。")
    String failureBody();
}
