import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { ImportMappingBodySchema, ImportPreviewSchema } from '../../../contracts/imports';
import { OkSchema } from '../../../contracts/common';
import type { Deps } from '../../deps';
import { AppError } from '../../errors';
import { errorResponses, typed } from '../../http/route-helpers';
import * as service from './imports.service';

const tags = ['imports'];
const IdParams = z.object({ id: z.uuid() });
const UPLOAD_TYPES = ['text/csv', 'application/octet-stream', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'];
const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

export function importRoutes(deps: Deps) {
  return async (instance: FastifyInstance) => {
    // The file is the request body (as a browser's fetch(file) sends it); scoped to this plugin.
    instance.addContentTypeParser(UPLOAD_TYPES, { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES }, (_request, body, done) => done(null, body));
    const app = typed(instance);

    app.post('/imports', {
      schema: {
        tags,
        summary: 'Upload a CSV or XLSX file of organisations; it is staged and previewed, not yet written',
        querystring: z.object({ filename: z.string().trim().min(1).max(200) }),
        response: { 201: ImportPreviewSchema, ...errorResponses },
      },
    }, async (request, reply) => {
      if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
        throw AppError.validation('file', `Send the file as the request body with Content-Type ${UPLOAD_TYPES.join(' or ')}`);
      }
      const preview = await service.stageImport(deps, request.actor, { filename: request.query.filename, content: request.body });
      return reply.status(201).send(preview);
    });

    app.get('/imports/:id', {
      schema: { tags, params: IdParams, response: { 200: ImportPreviewSchema, ...errorResponses } },
    }, async (request) => service.getImport(deps, request.actor, request.params.id));

    app.post('/imports/:id/preview', {
      schema: { tags, summary: 'Change the column mapping and validate every row again', params: IdParams, body: ImportMappingBodySchema, response: { 200: ImportPreviewSchema, ...errorResponses } },
    }, async (request) => service.getImport(deps, request.actor, request.params.id, request.body.mapping));

    app.post('/imports/:id/commit', {
      schema: { tags, summary: 'Write the valid rows (upsert on external id, else website domain)', params: IdParams, body: ImportMappingBodySchema, response: { 200: ImportPreviewSchema, ...errorResponses } },
    }, async (request) => service.commitImport(deps, request.actor, request.params.id, request.body.mapping));

    app.delete('/imports/:id', {
      schema: { tags, summary: 'Cancel a staged import: nothing is written', params: IdParams, response: { 200: OkSchema, ...errorResponses } },
    }, async (request) => {
      await service.cancelImport(deps, request.actor, request.params.id);
      return { ok: true as const };
    });
  };
}
