"""50 async calls with the official `openai` package."""

import asyncio

from openai import AsyncOpenAI


async def main() -> None:
    async with AsyncOpenAI() as client:
        calls = [
            client.chat.completions.create(
                model="gpt-4o-mini", messages=[{"role": "user", "content": f"Number {i}?"}]
            )
            for i in range(50)
        ]
        for completion in await asyncio.gather(*calls):
            print(completion.choices[0].message.content)


if __name__ == "__main__":
    asyncio.run(main())
