import { join } from 'node:path';
import { Application, Comment, type ProjectReflection, ReflectionKind } from 'typedoc';
import { type ApiModule, apiModules } from './apiModules.js';

/**
 * TypeDoc names a module after its path (`core/src`); the reference names it as a host imports it
 * (`@mgmt-review/core`), and opens its page with the package's description. A module this cannot
 * name is a bug here, not a page to leave out.
 */
const nameModules = (project: ProjectReflection, modules: readonly ApiModule[]) => {
  const bySource = new Map(modules.map((m) => [m.source.replaceAll('\\', '/'), m]));
  for (const child of project.children ?? []) {
    if (!child.kindOf(ReflectionKind.Module)) continue;
    const file = project.getSymbolIdFromReflection(child)?.fileName;
    const module = file === undefined ? undefined : bySource.get(file);
    if (module === undefined) {
      throw new Error(`the API reference has a module ${child.name} (${file}) that no package exports`);
    }
    child.name = module.name;
    child.comment ??= new Comment([{ kind: 'text', text: module.summary }]);
  }
};

/**
 * Writes the API reference of every publishable package's exported entries as Markdown into `out`
 * (so a change to the API shows as a reviewable diff). Fails on any TypeDoc warning: a `{@link}`
 * to nothing, a type the reference uses but no entry exports, a comment TypeDoc cannot read.
 * No source links: a page changes when the API does, not when a line moves. No members declared
 * outside the packages (an error class's inherited `Error` statics): the reference is of this API.
 */
export const writeApiReference = async (root: string, out: string): Promise<void> => {
  const modules = apiModules(root);
  const app = await Application.bootstrapWithPlugins({
    name: 'mgmt-review',
    entryPoints: modules.map((m) => m.source),
    entryPointStrategy: 'resolve',
    tsconfig: join(root, 'packages', 'packaging', 'tsconfig.api.json'),
    plugin: ['typedoc-plugin-markdown'],
    out,
    readme: 'none',
    disableSources: true,
    excludeExternals: true,
    treatWarningsAsErrors: true,
    validation: { notExported: true, invalidLink: true, rewrittenLink: true, notDocumented: false },
  });
  const project = await app.convert();
  if (project === undefined || app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new Error('TypeDoc could not read the packages (its messages are above)');
  }
  nameModules(project, modules);
  app.validate(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new Error('TypeDoc found broken links or unexported types in the API (its messages are above)');
  }
  await app.generateOutputs(project);
  if (app.logger.hasErrors() || app.logger.hasWarnings()) {
    throw new Error('TypeDoc could not write the API reference (its messages are above)');
  }
};
