using Frivillighed.Portal.Components.Shared;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Frivillighed.Portal.Tests;

// The shared components every page is made of, rendered to HTML without a browser (Blazor's HtmlRenderer).
public sealed class SharedComponentTests
{
    [Fact]
    public async Task FormField_WithAnError_TiesHintAndErrorToTheInput_AndKeepsTheValue()
    {
        var html = await RenderAsync<FormField>(new()
        {
            [nameof(FormField.Id)] = "email", [nameof(FormField.Name)] = "Form.Email", [nameof(FormField.Label)] = "E-mail",
            [nameof(FormField.Value)] = "ikke-en-adresse", [nameof(FormField.Hint)] = "Vi sender ikke reklamer.",
            [nameof(FormField.Error)] = "Skriv en e-mailadresse.",
        });

        Assert.Contains("<label class=\"form-label\" for=\"email\">E-mail", html);
        Assert.Contains("aria-describedby=\"email-hint email-error\"", html);
        Assert.Contains("aria-invalid=\"true\"", html);
        Assert.Contains("value=\"ikke-en-adresse\"", html);
        Assert.Contains("id=\"email-error\"", html);
    }

    [Fact]
    public async Task FormField_WithoutAnError_IsNotMarkedInvalid()
    {
        var html = await RenderAsync<FormField>(new() { [nameof(FormField.Id)] = "navn", [nameof(FormField.Name)] = "Form.Name", [nameof(FormField.Label)] = "Navn" });

        Assert.DoesNotContain("aria-invalid", html);
        Assert.DoesNotContain("aria-describedby", html);
    }

    [Fact]
    public async Task ErrorSummary_LinksEachMessageToItsField()
    {
        var html = await RenderAsync<ErrorSummary>(new()
        {
            [nameof(ErrorSummary.Errors)] = new List<(string, string)> { ("navn", "Skriv dit navn."), ("email", "Skriv en e-mailadresse.") },
        });

        Assert.Contains("role=\"alert\"", html);
        Assert.Contains("<a href=\"#navn\" class=\"function-link\">Skriv dit navn.</a>", html);
        Assert.Contains("<a href=\"#email\" class=\"function-link\">Skriv en e-mailadresse.</a>", html);
    }

    [Fact]
    public async Task Pagination_IsLinks_WithTheCurrentPageMarked_AndGapsForLongRuns()
    {
        var html = await RenderAsync<Pagination>(new()
        {
            [nameof(Pagination.Page)] = 6, [nameof(Pagination.PageSize)] = 20, [nameof(Pagination.Total)] = 400,
            [nameof(Pagination.Href)] = (Func<int, string>)(n => $"/foreninger?side={n}"),
        });

        Assert.Contains("href=\"/foreninger?side=6\"", html);
        Assert.Contains("aria-current=\"page\"", html);
        Assert.Contains("href=\"/foreninger?side=1\"", html);
        Assert.Contains("href=\"/foreninger?side=20\"", html);
        Assert.DoesNotContain("href=\"/foreninger?side=12\"", html);
        Assert.Contains("Forrige", html);
        Assert.Contains("Næste", html);
    }

    [Fact]
    public async Task Pagination_OfOnePage_RendersNothing()
    {
        var html = await RenderAsync<Pagination>(new()
        {
            [nameof(Pagination.Page)] = 1, [nameof(Pagination.PageSize)] = 20, [nameof(Pagination.Total)] = 7,
            [nameof(Pagination.Href)] = (Func<int, string>)(n => $"?side={n}"),
        });

        Assert.Equal("", html.Trim());
    }

    private static async Task<string> RenderAsync<T>(Dictionary<string, object?> parameters) where T : IComponent
    {
        await using var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        return await renderer.Dispatcher.InvokeAsync(async () =>
            (await renderer.RenderComponentAsync<T>(ParameterView.FromDictionary(parameters))).ToHtmlString());
    }
}
