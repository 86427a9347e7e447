using System.Net;
using Microsoft.AspNetCore.Antiforgery;

namespace Frivillighed.Identity.Apis;

// The account pages in the portal's look (DKFDS and the portal's stylesheet, served by the portal through the same
// gateway), Danish, plain forms that need no JavaScript. A form with errors comes back with the input kept, a
// summary at the top linking to each field, and the reason beside the field.
public static class AccountPages
{
    public sealed record Field(string Name, string Label, string Type = "text", string? Value = null, string? Autocomplete = null, string? Hint = null);

    public static IResult Page(string title, string body) => Results.Content($$"""
        <!doctype html>
        <html lang="da"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0">
        <title>{{Encode(title)}} – Frivillighed og foreninger – Faxe Kommune</title>
        <link rel="stylesheet" href="/dkfds/css/dkfds.min.css"><link rel="stylesheet" href="/portal.css"><link rel="icon" href="data:,"></head>
        <body>
          <a href="#indhold" class="skipnav">Gå til sidens indhold</a>
          <header class="header">
            <div class="portal-info"><div class="portal-info-inner container"><a href="/" class="portal-logo">Faxe Kommune</a></div></div>
            <div class="solution-info"><div class="solution-info-inner container">
              <div class="solution-heading"><a href="/">Frivillighed og foreninger</a></div>
              <div class="additional-info"><p><strong class="authority-name">Faxe Kommune</strong></p></div>
            </div></div>
          </header>
          <main id="indhold" class="container portal-main" tabindex="-1">
            <div class="row"><div class="col-12 col-md-8 col-lg-6">
            <h1>{{Encode(title)}}</h1>
            {{body}}
            </div></div>
          </main>
          <footer class="footer portal-footer"><div class="container"><ul class="unstyled-list">
            <li><a class="function-link" href="/was">Tilgængelighedserklæring</a></li></ul></div></footer>
        </body></html>
        """, "text/html; charset=utf-8");

    public static string Form(string action, AntiforgeryTokenSet tokens, IReadOnlyDictionary<string, string> errors, string button,
        IEnumerable<Field> fields, IReadOnlyDictionary<string, string>? hidden = null)
    {
        var inputs = string.Concat(fields.Select(f => Input(f, errors.GetValueOrDefault(f.Name))));
        var hiddenInputs = string.Concat((hidden ?? new Dictionary<string, string>()).Select(h =>
            $"""<input type="hidden" name="{h.Key}" value="{Encode(h.Value)}">"""));
        return $"""
            {Summary(errors)}
            <form method="post" action="{action}" novalidate>
              <input type="hidden" name="{tokens.FormFieldName}" value="{tokens.RequestToken}">
              {hiddenInputs}
              {inputs}
              <button type="submit" class="button button-primary">{Encode(button)}</button>
            </form>
            """;
    }

    public static string Summary(IReadOnlyDictionary<string, string> errors) => errors.Count == 0 ? "" : $"""
        <div class="alert alert-error" role="alert" aria-labelledby="fejlopsummering">
          <div class="alert-body">
            <h2 class="alert-heading" id="fejlopsummering">Der er {(errors.Count == 1 ? "en fejl" : $"{errors.Count} fejl")} i formularen</h2>
            <ul class="alert-text nobullet-list">{string.Concat(errors.Select(e => $"""<li><a href="#{e.Key}">{Encode(e.Value)}</a></li>"""))}</ul>
          </div>
        </div>
        """;

    public static string Alert(string kind, string heading, string text) => $"""
        <div class="alert alert-{kind}" role="status"><div class="alert-body">
          <h2 class="alert-heading">{Encode(heading)}</h2><p class="alert-text">{Encode(text)}</p>
        </div></div>
        """;

    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    private static string Input(Field f, string? error)
    {
        var described = new List<string>();
        var hint = f.Hint is null ? "" : $"""<span class="form-hint" id="{f.Name}-hint">{Encode(f.Hint)}</span>""";
        if (f.Hint is not null)
        {
            described.Add($"{f.Name}-hint");
        }

        var message = error is null ? "" : $"""<span class="form-error-message" id="{f.Name}-error"><span class="sr-only">Fejl: </span>{Encode(error)}</span>""";
        if (error is not null)
        {
            described.Add($"{f.Name}-error");
        }

        var aria = (error is null ? "" : " aria-invalid=\"true\"") + (described.Count == 0 ? "" : $" aria-describedby=\"{string.Join(' ', described)}\"");
        var value = f.Type == "password" || f.Value is null ? "" : $" value=\"{Encode(f.Value)}\"";
        var autocomplete = f.Autocomplete is null ? "" : $" autocomplete=\"{f.Autocomplete}\"";
        return $"""
            <div class="form-group{(error is null ? "" : " form-error")}">
              <label class="form-label" for="{f.Name}">{Encode(f.Label)}</label>
              {hint}{message}
              <input class="form-input" id="{f.Name}" name="{f.Name}" type="{f.Type}"{value}{autocomplete}{aria}>
            </div>
            """;
    }
}
