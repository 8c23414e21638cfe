using System.Net;
using Renkei.Tests.Infrastructure;
using Renkei.Tests.MeetingsFeature;

namespace Renkei.Tests.DisastersFeature;

/// <summary>
/// The preparedness pages: who sees which association (own, same block, another block 404, anonymous to sign-in), who
/// changes it (own admin and secretariat; staff 403), editing through the real form with its checks in both languages,
/// two people saving at once, and the confirm button. Each test writes the rows of the associations it is about.
/// </summary>
public class PreparednessPagesTests(RenkeiFactory factory) : IClassFixture<RenkeiFactory>
{
    const string Aichi = DisasterData.Aichi;      // Chubu
    const string Nagoya = DisasterData.Nagoya;    // Chubu
    const string Sendai = DisasterData.Sendai;    // Hokkaido-Tohoku

    [Fact]
    public async Task Staff_read_their_own_preparedness_but_have_no_confirm_button_and_get_403_on_the_edit_page()
    {
        await PreparednessTesting.SetAsync(factory, Nagoya, confirmedDaysAgo: 20);
        var staff = await factory.SignedInClient(await factory.AssociationStaff(Nagoya));

        var page = await staff.GetPage("/preparedness");

        Assert.Contains("090-1111-2222", page.QuerySelector("a.prep-phone")!.TextContent);
        Assert.Equal("tel:09011112222", page.QuerySelector("a.prep-phone")!.GetAttribute("href"));
        Assert.Contains("ベトナム語", page.QuerySelector("table.prep-languages")!.TextContent);
        Assert.Equal("確認済み", page.QuerySelector(".prep-confirmed .badge")!.TextContent.Trim());
        Assert.Null(page.QuerySelector("form#confirm-preparedness"));
        Assert.Null(page.QuerySelector("#edit-preparedness"));
        Assert.Equal(HttpStatusCode.Forbidden, (await staff.GetAsync($"/preparedness/{Nagoya}/edit")).StatusCode);
    }

    [Fact]
    public async Task The_same_block_sees_an_association_another_block_gets_404_and_anonymous_is_sent_to_sign_in()
    {
        await PreparednessTesting.SetAsync(factory, Nagoya);
        var sameBlock = await factory.SignedInClient(await factory.AssociationStaff(Aichi));
        var otherBlock = await factory.SignedInClient(await factory.AssociationAdmin(Sendai));

        var page = await sameBlock.GetPage($"/preparedness/{Nagoya}");

        Assert.Contains("名古屋国際センター", page.QuerySelector("h1")!.TextContent);
        Assert.Contains($"bousai.{Nagoya}@example.jp", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("form#confirm-preparedness"));
        Assert.Equal(HttpStatusCode.NotFound, (await otherBlock.GetAsync($"/preparedness/{Nagoya}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBlock.GetAsync($"/preparedness/{Nagoya}/edit")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherBlock.GetAsync("/preparedness/999999")).StatusCode);
        var anonymous = await factory.NewClient().GetAsync("/preparedness");
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task An_admin_of_another_association_in_the_block_may_read_but_not_edit_or_confirm()
    {
        await PreparednessTesting.SetAsync(factory, Nagoya);
        var neighbour = await factory.SignedInClient(await factory.AssociationAdmin(Aichi));
        var owner = await factory.SignedInClient(await factory.AssociationAdmin(Nagoya));
        var form = await owner.GetPage("/preparedness");

        Assert.Equal(HttpStatusCode.NotFound, (await neighbour.GetAsync($"/preparedness/{Nagoya}/edit")).StatusCode);
        // The owner's confirm form, posted with the neighbour's own antiforgery token and cookie.
        var token = await neighbour.AntiforgeryToken();
        var confirm = await neighbour.PostAsync($"/preparedness/{Nagoya}?handler=confirm",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("stamp", form.QuerySelector("input[name=stamp]")!.GetAttribute("value")!)]));
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
    }

    [Fact]
    public async Task The_secretariat_is_sent_to_the_list_and_may_edit_any_association()
    {
        await PreparednessTesting.SetAsync(factory, Sendai);
        var secretariat = await factory.SignedInClient(await factory.Secretariat());

        var mine = await secretariat.GetAsync("/preparedness");
        var edit = await secretariat.PostForm($"/preparedness/{Sendai}/edit", "form#preparedness-form", new Dictionary<string, string> { ["Input.DispatchableStaff"] = "7" });

        Assert.Equal(HttpStatusCode.Redirect, mine.StatusCode);
        Assert.Equal("/preparedness/block", mine.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        Assert.Equal($"/preparedness/{Sendai}", edit.Headers.Location!.OriginalString);
        var stored = await PreparednessTesting.StoredAsync(factory, Sendai);
        Assert.Equal(7, stored!.DispatchableStaff);
        var page = await secretariat.GetPage($"/preparedness/{Sendai}");
        Assert.Contains("事務局", page.QuerySelector(".prep-confirmed")!.TextContent);
    }

    [Fact]
    public async Task An_admin_registers_through_the_form_and_saving_confirms()
    {
        await PreparednessTesting.ClearAsync(factory, Aichi);
        var admin = await factory.AssociationAdmin(Aichi);
        var client = await factory.SignedInClient(admin);
        var before = await client.GetPage("/preparedness");
        Assert.Equal("要確認", before.QuerySelector(".prep-confirmed .badge")!.TextContent.Trim());
        Assert.Null(before.QuerySelector("form#confirm-preparedness"));
        Assert.Equal($"/preparedness/{Aichi}/edit", before.QuerySelector("#edit-preparedness")!.GetAttribute("href"));

        var response = await client.PostForm($"/preparedness/{Aichi}/edit", "form#preparedness-form", PreparednessTesting.FormValues());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/preparedness", response.Headers.Location!.OriginalString);
        var stored = await PreparednessTesting.StoredAsync(factory, Aichi);
        Assert.Equal("090-2222-3333", stored!.Phone24h);
        Assert.Equal("kinkyu@example.jp", stored.Email);
        Assert.Equal("+81 52 222 3333", stored.BackupPhone);
        Assert.Null(stored.BackupEmail);
        Assert.Equal(3, stored.DispatchableStaff);
        Assert.True(stored.RemoteSupport);
        Assert.Equal(new[] { "ne:1/0", "pt:4/2" }, stored.Languages.Select(l => $"{l.Language}:{l.Interpreters}/{l.Translators}").Order());
        Assert.Equal(DateTime.UtcNow, stored.ConfirmedAt!.Value, TimeSpan.FromMinutes(1));
        Assert.Equal(admin.Email, stored.ConfirmedBy);
        Assert.Equal(admin.Email, stored.UpdatedBy);
        var after = await client.GetPage("/preparedness");
        Assert.Equal("保存しました。確認日も今日になりました。", after.QuerySelector("p.flash")!.TextContent.Trim());
        Assert.Equal("確認済み", after.QuerySelector(".prep-confirmed .badge")!.TextContent.Trim());
        Assert.NotNull(after.QuerySelector("form#confirm-preparedness"));

        // Clearing a language's counts removes its row; changing another keeps one row for it.
        await client.PostForm($"/preparedness/{Aichi}/edit", "form#preparedness-form", new Dictionary<string, string>
        {
            [$"Input.Languages[{PreparednessTesting.Row("ne")}].Interpreters"] = "",
            [$"Input.Languages[{PreparednessTesting.Row("pt")}].Translators"] = "6",
        });
        stored = await PreparednessTesting.StoredAsync(factory, Aichi);
        Assert.Equal(new[] { "pt:4/6" }, stored!.Languages.Select(l => $"{l.Language}:{l.Interpreters}/{l.Translators}"));
    }

    [Fact]
    public async Task Wrong_input_gets_messages_beside_the_fields_in_japanese_and_nothing_is_saved()
    {
        var original = await PreparednessTesting.SetAsync(factory, Aichi, confirmedDaysAgo: 400);
        var client = await factory.SignedInClient(await factory.AssociationAdmin(Aichi));
        var pt = PreparednessTesting.Row("pt");

        var response = await client.PostForm($"/preparedness/{Aichi}/edit", "form#preparedness-form", new Dictionary<string, string>
        {
            ["Input.Phone24h"] = "052-123-4567 (代表)",
            ["Input.Email"] = "bousai@",
            ["Input.BackupName"] = "予備 次郎",
            ["Input.BackupPhone"] = "",
            ["Input.DispatchableStaff"] = "1000",
            [$"Input.Languages[{pt}].Interpreters"] = "-1",
            [$"Input.Languages[{pt}].Translators"] = "二",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.StartsWith("電話番号は数字・ハイフン", page.MessageFor("Input.Phone24h"));
        Assert.StartsWith("メールアドレスの形式が正しくありません", page.MessageFor("Input.Email"));
        Assert.Equal("予備の担当者の電話番号かメールアドレスを入力してください。", page.MessageFor("Input.BackupPhone"));
        Assert.Equal("0から999までの整数で入力してください。", page.MessageFor("Input.DispatchableStaff"));
        Assert.Equal("ポルトガル語の通訳：0から999までの整数で入力してください。", page.MessageFor($"Input.Languages[{pt}].Interpreters"));
        Assert.Equal("ポルトガル語の翻訳：0から999までの整数で入力してください。", page.MessageFor($"Input.Languages[{pt}].Translators"));
        Assert.NotNull(page.QuerySelector(".error-summary"));
        // What was typed is kept.
        Assert.Equal("052-123-4567 (代表)", page.QuerySelector("#Input_Phone24h")!.GetAttribute("value"));
        Assert.Equal("二", page.QuerySelector($"#Input_Languages_{pt}__Translators")!.GetAttribute("value"));
        var stored = await PreparednessTesting.StoredAsync(factory, Aichi);
        Assert.Equal(original.Phone24h, stored!.Phone24h);
        Assert.Equal(original.ConfirmedAt!.Value, stored.ConfirmedAt!.Value, TimeSpan.FromSeconds(1));
        Assert.Equal(original.ConcurrencyStamp, stored.ConcurrencyStamp);
    }

    [Fact]
    public async Task Messages_are_in_english_for_an_english_reader_and_an_empty_phone_is_refused()
    {
        await PreparednessTesting.SetAsync(factory, Aichi);
        var client = await factory.SignedInClient(await factory.AssociationAdmin(Aichi));
        var page = await client.GetPage($"/preparedness/{Aichi}/edit?culture=en");
        // One row more than the form has: Vietnamese a second time.
        var extra = page.QuerySelectorAll("input[name$='.Language']").Length;

        var response = await client.SubmitForm(page, "form#preparedness-form", new Dictionary<string, string>
        {
            ["Input.Phone24h"] = "",
            ["Input.BackupEmail"] = "backup at example.jp",
            ["Input.DispatchableStaff"] = "1.5",
            [$"Input.Languages[{extra}].Language"] = "vi",
            [$"Input.Languages[{extra}].Interpreters"] = "1",
        });

        var result = Forms.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Enter a phone number that answers 24 hours a day.", result.MessageFor("Input.Phone24h"));
        Assert.Equal("Enter an e-mail address such as bousai@example.jp.", result.MessageFor("Input.BackupEmail"));
        Assert.Equal("Enter a whole number from 0 to 999.", result.MessageFor("Input.DispatchableStaff"));
        Assert.Contains("Vietnamese appears twice: use one row per language.", result.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("Edit preparedness", result.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("090-1111-2222", (await PreparednessTesting.StoredAsync(factory, Aichi))!.Phone24h);
    }

    [Fact]
    public async Task A_stale_edit_keeps_the_input_and_shows_what_the_other_person_saved()
    {
        await PreparednessTesting.SetAsync(factory, Aichi);
        var first = await factory.SignedInClient(await factory.AssociationAdmin(Aichi));
        var second = await factory.SignedInClient(await factory.Secretariat());
        var firstPage = await first.GetPage($"/preparedness/{Aichi}/edit");
        var secondPage = await second.GetPage($"/preparedness/{Aichi}/edit");

        Assert.Equal(HttpStatusCode.Redirect, (await first.SubmitForm(firstPage, "form#preparedness-form",
            new Dictionary<string, string> { ["Input.Phone24h"] = "080-5555-6666" })).StatusCode);
        var stale = await second.SubmitForm(secondPage, "form#preparedness-form", new Dictionary<string, string> { ["Input.Phone24h"] = "070-7777-8888" });

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = Forms.Parse(await stale.Content.ReadAsStringAsync());
        var notice = page.QuerySelector("#conflict")!;
        Assert.Contains("ほかの人が先に保存しました", notice.TextContent);
        Assert.Contains("080-5555-6666", notice.TextContent);
        Assert.Equal("070-7777-8888", page.QuerySelector("#Input_Phone24h")!.GetAttribute("value"));
        var stored = await PreparednessTesting.StoredAsync(factory, Aichi);
        Assert.Equal("080-5555-6666", stored!.Phone24h);
        Assert.Equal(stored.ConcurrencyStamp.ToString(), page.QuerySelector("#Input_ConcurrencyStamp")!.GetAttribute("value"));

        // Saving again over what is now stored is a deliberate second choice, and it lands.
        Assert.Equal(HttpStatusCode.Redirect, (await second.SubmitForm(page, "form#preparedness-form")).StatusCode);
        Assert.Equal("070-7777-8888", (await PreparednessTesting.StoredAsync(factory, Aichi))!.Phone24h);
    }

    [Fact]
    public async Task The_confirm_button_confirms_without_changing_anything_else_and_a_stale_one_changes_nothing()
    {
        var original = await PreparednessTesting.SetAsync(factory, Nagoya, confirmedDaysAgo: 370);
        var admin = await factory.AssociationAdmin(Nagoya);
        var client = await factory.SignedInClient(admin);
        var page = await client.GetPage("/preparedness");
        Assert.Equal("要確認", page.QuerySelector(".prep-confirmed .badge")!.TextContent.Trim());

        var confirmed = await client.SubmitForm(page, "form#confirm-preparedness");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("/preparedness", confirmed.Headers.Location!.OriginalString);
        var stored = await PreparednessTesting.StoredAsync(factory, Nagoya);
        Assert.Equal(DateTime.UtcNow, stored!.ConfirmedAt!.Value, TimeSpan.FromMinutes(1));
        Assert.Equal(admin.Email, stored.ConfirmedBy);
        Assert.Equal(original.UpdatedBy, stored.UpdatedBy);
        Assert.Equal(original.Phone24h, stored.Phone24h);
        var after = await client.GetPage("/preparedness");
        Assert.Equal("確認しました。ご協力ありがとうございます。", after.QuerySelector("p.flash")!.TextContent.Trim());
        Assert.Equal("確認済み", after.QuerySelector(".prep-confirmed .badge")!.TextContent.Trim());

        // The first page's form again: its stamp is no longer the stored one.
        await client.SubmitForm(page, "form#confirm-preparedness");
        Assert.Equal(stored.ConfirmedAt, (await PreparednessTesting.StoredAsync(factory, Nagoya))!.ConfirmedAt);
        Assert.StartsWith("確認の前に、ほかの人が内容を変更しました", (await client.GetPage("/preparedness")).QuerySelector("p.flash")!.TextContent.Trim());
    }

    [Fact]
    public async Task Staff_cannot_confirm()
    {
        var original = await PreparednessTesting.SetAsync(factory, Nagoya, confirmedDaysAgo: 370);
        var admin = await factory.SignedInClient(await factory.AssociationAdmin(Nagoya));
        var form = await admin.GetPage("/preparedness");
        var staff = await factory.SignedInClient(await factory.AssociationStaff(Nagoya));
        var token = await staff.AntiforgeryToken();

        var response = await staff.PostAsync($"/preparedness/{Nagoya}?handler=confirm",
            new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("stamp", form.QuerySelector("input[name=stamp]")!.GetAttribute("value")!)]));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(original.ConfirmedAt!.Value, (await PreparednessTesting.StoredAsync(factory, Nagoya))!.ConfirmedAt!.Value, TimeSpan.FromSeconds(1));
    }
}
