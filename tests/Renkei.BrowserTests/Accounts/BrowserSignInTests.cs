using Microsoft.Playwright;
using Renkei.BrowserTests.Infrastructure;
using Renkei.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Renkei.BrowserTests.Accounts;

/// <summary>The sign-in shortcut for journeys: a secretariat user with TOTP is signed in for the browser.</summary>
public class BrowserSignInTests(BrowserFixture fixture, ITestOutputHelper output) : BrowserTest(fixture, output)
{
    [Fact]
    public Task Secretariat_with_TOTP_signed_in_through_the_API_sees_the_secretariat_menu() => InBrowser(async page =>
    {
        var secretariat = await App.Secretariat();
        Assert.NotNull(secretariat.AuthenticatorKey);

        await page.Context.SignInThroughApiAsync(App, secretariat);
        await page.GotoAsync("/");

        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "登録管理" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "ログイン" })).ToHaveCountAsync(0);

        // Signing out: the menu's link opens the page whose button signs out.
        await menu.GetByRole(AriaRole.Link, new() { Name = "ログアウト" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "ログアウトする" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("ログアウトしました。");
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "ログイン" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "登録管理" })).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Each_test_page_starts_signed_out() => InBrowser(async page =>
    {
        var staff = await App.AssociationStaff();
        await page.Context.SignInThroughApiAsync(App, staff);
        var other = await NewPageAsync();

        await other.GotoAsync("/");

        var menu = other.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "ログイン" })).ToBeVisibleAsync();
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "登録管理" })).ToHaveCountAsync(0);
    });
}
