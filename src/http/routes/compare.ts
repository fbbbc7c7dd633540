import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CompareInput, CompareResult } from '../../../schemas/index.js';
import { compareSides } from '../../analysis/compare-sides.js';
import type { Store } from '../../store/store.js';
import type { RouteDeps } from '../deps.js';
import { problems } from '../responses.js';

/** The affiliations given, and those the store knows for a speaker of that name. */
async function affiliationOf(store: Store, speaker: string | null | undefined, given: string[] | undefined): Promise<string[]> {
  const known = speaker ? (await store.actorsByNames([speaker])).flatMap((a) => a.affiliation) : [];
  return [...new Set([...(given ?? []), ...known])];
}

export const compareRoutes: FastifyPluginAsyncZod<RouteDeps> = async (app, { store }) => {
  app.post(
    '/compare',
    {
      schema: {
        tags: ['compare'],
        summary: 'Score two texts against each other; nothing is stored',
        description:
          'With speakers, each text is read as that speaker\'s statement, as in an article: a claim about the other side ' +
          '(stated-vs-claimed) is told from a speaker\'s own position. Speakers the service has seen in articles bring ' +
          'their stored affiliations.',
        body: CompareInput,
        response: { 200: CompareResult, ...problems(400, 413, 415) },
      },
    },
    async (req) => {
      const { a, b, speakerA, speakerB, affiliationA, affiliationB } = req.body;
      return compareSides(
        { text: a, speaker: speakerA, affiliation: await affiliationOf(store, speakerA, affiliationA) },
        { text: b, speaker: speakerB, affiliation: await affiliationOf(store, speakerB, affiliationB) },
      );
    },
  );
};
