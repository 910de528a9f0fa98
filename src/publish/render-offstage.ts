import mdxRenderer from '@astrojs/mdx/server.js';
import { experimental_AstroContainer } from 'astro/container';
import type { RenderPlan } from './render-plan.ts';

type Component = Parameters<experimental_AstroContainer['renderToString']>[0];

let container: Promise<experimental_AstroContainer> | undefined;

/**
 * Renders report MDX for its figures alone, in a container with locals of its own: a second
 * rendering inside the page would share the page's Astro.locals with the one shown, and Astro
 * starts slot content early, so the two could not be kept apart.
 */
export async function renderOffstage(content: Component, props: Record<string, unknown>, plan: RenderPlan): Promise<string> {
  container ??= experimental_AstroContainer.create().then((created) => {
    created.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return created;
  });
  const html = await (await container).renderToString(content, { props, locals: { report: plan.context } });
  await plan.after(plan.context.record);
  return html;
}
