namespace Renkei.Web.Features.Associations;

public static class AssociationsSetup
{
    public static WebApplicationBuilder AddAssociations(this WebApplicationBuilder builder) => builder;

    public static WebApplication MapAssociations(this WebApplication app) => app;
}
