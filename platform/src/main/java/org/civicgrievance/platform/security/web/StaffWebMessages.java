package org.civicgrievance.platform.security.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** Texts of the sign-in page and of the frame every staff page shares; Simplified Chinese, English in {@link StaffWebMessagesEn}. */
@MessageBundle(value = "staffweb", locale = "zh-CN")
public interface StaffWebMessages {

    @Message("市民诉求办理")
    String appName();

    /** The other language's name, written in that language. */
    @Message("English")
    String otherLanguage();

    @Message("退出登录")
    String signOut();

    @Message("工作人员登录")
    String signInTitle();

    @Message("请使用您的工作账号登录。")
    String signInIntro();

    @Message("用户名")
    String username();

    @Message("密码")
    String password();

    @Message("登录")
    String signIn();

    @Message("请输入用户名。")
    String usernameMissing();

    @Message("请输入密码。")
    String passwordMissing();

    @Message("用户名或密码不正确。")
    String wrongCredentials();

    @Message("登录失败次数过多，请稍后再试。")
    String throttled();

    @Message("登录失败次数过多，请在 {minutes} 分钟后再试。")
    String throttledFor(long minutes);

    @Message("登录服务暂时不可用，请稍后再试。")
    String unavailable();

    @Message("登录页面已过期，请重新输入并提交。")
    String formExpired();

    @Message("办理工作台")
    String workbench();

    @Message("分派台")
    String desk();

    @Message("分页")
    String paging();

    @Message("上一页")
    String previousPage();

    @Message("下一页")
    String nextPage();

    @Message("第 {page} / {pages} 页 · 共 {total} 件")
    String pageOf(int page, int pages, long total);

    @Message("特事特办")
    String prioritySpecialHandling();

    @Message("绿色通道")
    String priorityGreenChannel();

    @Message("一般")
    String priorityNormal();
}
