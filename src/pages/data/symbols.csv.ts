import type { APIRoute } from 'astro';
import { symbolsCsv } from '../../publish/downloads/symbols-csv.ts';

export const GET: APIRoute = () => new Response(symbolsCsv());
