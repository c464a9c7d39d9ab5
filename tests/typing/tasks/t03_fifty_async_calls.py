"""50 async calls at once, answers in input order."""

import asyncio

from openai_core import AsyncClient


async def main() -> None:
    async with AsyncClient() as client:
        calls = [
            client.chat.completions.create()
            .model("gpt-4o-mini")
            .message_user(f"Number {i}?")
            .send()
            for i in range(50)
        ]
        for completion in await asyncio.gather(*calls):
            print(completion.choices[0].message.content)


if __name__ == "__main__":
    asyncio.run(main())
