/**
 * Renders every image rendition a channel needs from one picture and checks each result
 * against the profile before handing it back (a rendition that breaks a limit is a bug,
 * never a file sent out).
 */
import { DomainError } from '../../domain/errors/domain-error.js';
import { checkAttachment, checkRendition } from '../../domain/media/media-profile.check.js';
import type { ChannelMediaProfile, FocalPoint, RenditionSpec } from '../../../config/channels/media-profile.types.js';
import { ImageProcessor, type ImageInput, type RenderedImage } from './image-processor.js';

export interface ChannelRendition {
  channel: string;
  spec: RenditionSpec;
  image: RenderedImage;
}

export class RenditionService {
  constructor(private readonly images: ImageProcessor) {}

  /**
   * Every rendition of each channel. The picture is checked first against all of them, so
   * a refusal lists every problem at once (too small for one, too few dpi for another).
   */
  async renderChannels(
    input: ImageInput,
    profiles: ChannelMediaProfile[],
    opts: { focal?: FocalPoint; /** Format as probed from the bytes (else sharp's name). */ format?: string; bytes?: number } = {},
  ): Promise<ChannelRendition[]> {
    const header = await this.images.verify(input);
    const facts = {
      kind: 'image' as const,
      format: opts.format ?? header.format,
      width: header.width,
      height: header.height,
      bytes: opts.bytes ?? 0,
    };
    const problems = profiles.flatMap((p) => checkAttachment(p, facts, { focal: opts.focal }));
    if (problems.length === 1) throw new DomainError(problems[0]!.code, problems[0]!.message, { problems });
    if (problems.length > 1)
      throw new DomainError('MEDIA_CHECK_FAILED', `Ảnh chưa đạt yêu cầu của kênh:\n${problems.map((p) => `- ${p.message}`).join('\n')}`, {
        problems,
      });
    const out: ChannelRendition[] = [];
    for (const profile of profiles) {
      for (const spec of profile.renditions) {
        const image = await this.images.render(input, spec, { focal: opts.focal, header });
        const broken = checkRendition(profile, spec, image);
        if (broken.length > 0) throw new DomainError('RENDITION_INVALID', broken.map((b) => b.message).join(' '), { problems: broken });
        out.push({ channel: profile.channel, spec, image });
      }
    }
    return out;
  }

  /** A rendition scaled down to a preview's width, its proportions and format kept (unchanged when it is no wider). */
  downscale(image: RenderedImage, maxWidth?: number): Promise<RenderedImage> {
    return this.images.downscale(image, maxWidth);
  }
}
